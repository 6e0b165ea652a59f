using Zwgk.Domain.Requests;
using static Zwgk.Domain.Tests.Requests.Cases;

namespace Zwgk.Domain.Tests.Requests;

public class RemedyAndCodeTests
{
    private static InformationRequest Replied()
    {
        var r = Assigned("2026-04-01");
        r.Decide(PartlyDisclose(), "办理人", At("2026-04-10"));
        r.Approve("赵局长", null, "赵局长", At("2026-04-10"));
        r.IssueReply("办理人", At("2026-04-10"));
        return r;
    }

    [Fact]
    public void Reconsideration_then_lawsuit_after_it_with_results()
    {
        var r = Replied();
        var rec = r.FileRemedy(RemedyKind.Reconsideration, D("2026-05-06"), "海阳市人民政府", "海政复〔2026〕12号", "办理人", At("2026-05-07"));
        Throws("已审结的行政复议", () => r.FileRemedy(RemedyKind.LawsuitAfterReconsideration, D("2026-05-08"), "海阳市人民法院", null, "办理人", At("2026-05-08")));
        Throws("审结结果", () => r.DecideRemedy(rec.Number, RemedyResult.Pending, D("2026-06-01"), null, "办理人", At("2026-06-01")));
        r.DecideRemedy(rec.Number, RemedyResult.Upheld, D("2026-06-01"), null, "办理人", At("2026-06-01"));
        var suit = r.FileRemedy(RemedyKind.LawsuitAfterReconsideration, D("2026-06-10"), "海阳市人民法院", "(2026)鲁0687行初5号", "办理人", At("2026-06-10"));
        Assert.Equal(new RemedyStatRecord(RemedyKind.LawsuitAfterReconsideration, D("2026-06-10"), RemedyResult.Pending, null), suit.ToStatRecord());
        Throws("已经审结", () => r.DecideRemedy(rec.Number, RemedyResult.Corrected, D("2026-06-11"), null, "办理人", At("2026-06-11")));
    }

    [Fact]
    public void A_remedy_needs_a_reply_or_a_missed_deadline()
    {
        var r = Assigned("2026-04-01");
        Throws("尚未答复", () => r.FileRemedy(RemedyKind.Reconsideration, D("2026-04-20"), "海阳市人民政府", null, "办理人", At("2026-04-20")));
        r.FileRemedy(RemedyKind.LawsuitDirect, D("2026-05-06"), "海阳市人民法院", null, "办理人", At("2026-05-06"));
        Assert.Single(r.Remedies);
    }

    [Fact]
    public void Access_code_verifies_only_itself_whatever_the_case_and_spacing()
    {
        var code = AccessCode.Generate();
        Assert.Equal(8, code.Length);
        var hash = AccessCode.Hash(code);
        Assert.DoesNotContain(code, hash, StringComparison.Ordinal);
        Assert.True(AccessCode.Verify(code.ToLowerInvariant().Insert(4, " "), hash));
        Assert.False(AccessCode.Verify(AccessCode.Generate(), hash));
        Assert.False(AccessCode.Verify(code, "garbage"));
        Assert.NotEqual(hash, AccessCode.Hash(code));
    }

    [Fact]
    public void A_code_hashed_by_the_first_version_still_opens_its_case()
    {
        // PBKDF2-SHA256, 20,000 iterations, salt 00…0F, code K7M2QX9P (computed apart from this code).
        const string v1 = "v1$AAECAwQFBgcICQoLDA0ODw==$p39bJldI5BvQZlxTSyIo8FFugzaGgVeT0bl1sRBd6mA=";
        Assert.True(AccessCode.Verify("k7m2 qx9p", v1));
        Assert.False(AccessCode.Verify("K7M2QX9Q", v1));
        Assert.StartsWith("v2$2000$", AccessCode.Hash("K7M2QX9P"), StringComparison.Ordinal);
    }

    [Fact]
    public void Same_information_is_recognised_despite_wording_and_different_information_is_not()
    {
        Assert.True(SameInformation.IsSame("2025年东村街道老旧小区改造项目的资金使用情况", "东村街道2025年老旧小区改造项目资金使用情况"));
        Assert.False(SameInformation.IsSame("2025年东村街道老旧小区改造项目的资金使用情况", "海阳市2024年低保对象名单"));
    }

    [Fact]
    public void Repeat_flag_and_document_link_are_recorded_as_internal_events()
    {
        var r = Received("2026-04-01");
        r.FlagRepeatOf(7, "Y2026000007", "系统", At("2026-04-01"));
        r.LinkDocument(12, "关于老旧小区改造资金的通知", "办理人", At("2026-04-02"));
        Assert.Equal(7, r.RepeatOfRequestId);
        Assert.Equal(12, r.DocumentId);
        Assert.All(r.Events.Skip(1), e => Assert.False(e.IsPublic));
    }
}
