using System.Text.Json;
using Zwgk.Domain.Workflow;
using static Zwgk.Domain.Workflow.Guard;

namespace Zwgk.Domain.Documents;

/// <summary>Where a pending correction (更正稿) of a published document is: prepared, in 保密审查, or waiting for 审签.</summary>
public enum CorrectionState
{
    Draft,
    ConfidentialityReview,
    SignOff,
}

public static class CorrectionStateExtensions
{
    public static string DisplayName(this CorrectionState s) => s switch
    {
        CorrectionState.Draft => "更正稿起草中",
        CorrectionState.ConfidentialityReview => "更正稿保密审查中",
        CorrectionState.SignOff => "更正稿待审签",
        _ => s.ToString(),
    };
}

// 更正: a published document changes only through a correction that passes 保密审查 and 审签 again (issue 11 item 8).
// The correction is held beside the published text; the public keeps seeing the published version until sign-off.
public sealed partial class Document
{
    public const string CorrectionPrepared = "CorrectionPrepared";
    public const string CorrectionSubmitted = "CorrectionSubmitted";
    public const string CorrectionReviewed = "CorrectionReviewed";
    public const string CorrectionReturned = "CorrectionReturned";
    public const string CorrectionFileChanged = "CorrectionFileChanged";
    public const string Corrected = "Corrected";

    /// <summary>The pending correction's step, or null when none is under way.</summary>
    public CorrectionState? Correction { get; private set; }

    /// <summary>The corrected content, held (as JSON) until sign-off; never shown to the public.</summary>
    public string? CorrectionContentJson { get; private set; }

    public string? CorrectionReason { get; private set; }

    public DocumentContent? PendingCorrection =>
        CorrectionContentJson is null ? null : JsonSerializer.Deserialize<DocumentContent>(CorrectionContentJson);

    /// <summary>Everyone who prepared the pending correction (its text or its files). They do not review or sign it off.</summary>
    public IReadOnlySet<string> CorrectionPreparers
    {
        get
        {
            var start = Events.Select((e, i) => (e, i)).LastOrDefault(x => x.e.Action is "Published" or Corrected).i;
            return Events.Skip(start).Where(e => e.Action is CorrectionPrepared or CorrectionSubmitted or CorrectionFileChanged)
                .Select(e => e.Actor).ToHashSet(StringComparer.Ordinal);
        }
    }

    /// <summary>Starts or revises the correction of a published document; nothing goes public yet.</summary>
    public void PrepareCorrection(DocumentContent content, string actor, string reason, DateTime now)
    {
        Require(State == DocumentState.Published, "只有已发布的信息可以更正。");
        Require(Correction is null or CorrectionState.Draft, $"更正稿已提交（{Correction?.DisplayName()}），不能再修改；如需修改，请审查人退回。");
        Require(!string.IsNullOrWhiteSpace(reason), "更正须填写理由。");
        Require(content.Attribute == Attribute, "更正不能改变公开属性。");
        // Refused when prepared, not only at sign-off: a reprint stays a reprint and the unit's own document its own.
        Require((content.Reprint is null) == !IsReprint, "更正不能改变信息是否为转载。");
        var problems = content.Problems();
        Require(problems.Count == 0, "更正后的内容不完整：" + string.Join("", problems));
        CorrectionContentJson = JsonSerializer.Serialize(content);
        CorrectionReason = reason.Trim();
        Correction = CorrectionState.Draft;
        Record(now, actor, CorrectionPrepared, State, reason.Trim());
    }

    /// <summary>An attachment added to or marked for removal with the pending correction (the file itself is kept by the caller).</summary>
    public void NoteCorrectionFile(string actor, string note, DateTime now)
    {
        Require(State == DocumentState.Published && Correction == CorrectionState.Draft, "只有起草中的更正稿可以上传或删除附件。");
        Record(now, actor, CorrectionFileChanged, State, note);
    }

    public void SubmitCorrection(string actor, DateTime now)
    {
        Require(State == DocumentState.Published && Correction == CorrectionState.Draft, "没有起草中的更正稿可以提交。");
        Correction = CorrectionState.ConfidentialityReview;
        Record(now, actor, CorrectionSubmitted, State, CorrectionReason);
    }

    /// <summary>保密审查 of the correction, by someone who did not prepare it (职责分离, unless the site relaxed it).</summary>
    public void PassCorrectionReview(string reviewer, string opinion, DateTime now, DutySeparation? duties = null)
    {
        Require(State == DocumentState.Published && Correction == CorrectionState.ConfidentialityReview, "更正稿不在保密审查环节。");
        Require(!string.IsNullOrWhiteSpace(opinion), "请填写保密审查意见。");
        CorrectionDutyCheck(reviewer, duties, "您起草了这份更正稿，不能通过自己起草的更正稿的保密审查", "更正稿保密审查", now);
        Correction = CorrectionState.SignOff;
        Record(now, reviewer, CorrectionReviewed, State, opinion.Trim());
    }

    /// <summary>
    /// 审签 of the correction: the corrected content becomes a new public version; earlier versions stay in the history.
    /// Flagged wording needs a recorded reason (a serious wording error is an inspection veto item, site-inspection.md).
    /// </summary>
    public void SignOffCorrection(string leader, DateTime now, int wordingFlags, string? wordingOverrideReason, DutySeparation? duties = null)
    {
        Require(State == DocumentState.Published && Correction == CorrectionState.SignOff, "更正稿不在审签环节。");
        RequireWordingReason(wordingFlags, wordingOverrideReason, "更正后的内容");
        CorrectionDutyCheck(leader, duties, "您起草了这份更正稿，不能审签自己起草的更正稿", "更正稿审签", now);
        var reason = CorrectionReason ?? "";
        Apply(PendingCorrection!);
        CurrentVersion++;
        _versions.Add(new DocumentVersion(CurrentVersion, Title, DocumentNumber, BodyHtml, now, leader, reason));
        var note = wordingFlags == 0 ? reason : $"{reason}（{wordingFlags} 处疑似错敏表述仍予发布，理由：{wordingOverrideReason!.Trim()}）";
        ClearCorrection();
        Record(now, leader, Corrected, State, note);
    }

    /// <summary>Sends the correction back to its preparer, with a reason; the published version stays as it is.</summary>
    public void ReturnCorrection(string actor, string reason, DateTime now)
    {
        Require(State == DocumentState.Published && Correction is CorrectionState.ConfidentialityReview or CorrectionState.SignOff, "只有审查或审签中的更正稿可以退回。");
        Require(!string.IsNullOrWhiteSpace(reason), "退回须填写理由。");
        Correction = CorrectionState.Draft;
        Record(now, actor, CorrectionReturned, State, reason.Trim());
    }

    private void ClearCorrection()
    {
        Correction = null;
        CorrectionContentJson = null;
        CorrectionReason = null;
    }

    private void CorrectionDutyCheck(string actor, DutySeparation? duties, string refusal, string step, DateTime now)
    {
        var note = (duties ?? DutySeparation.Strict).Check(CorrectionPreparers.Contains(actor), refusal);
        if (note is not null)
        {
            Record(now, actor, DutyOverridden, State, step + "：" + note);
        }
    }
}
