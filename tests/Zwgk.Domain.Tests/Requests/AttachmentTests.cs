using Zwgk.Domain.Requests;
using static Zwgk.Domain.Tests.Requests.Cases;

namespace Zwgk.Domain.Tests.Requests;

public class AttachmentTests
{
    private const long Mb = 1024 * 1024;

    private static AttachmentFile File(string name, long size) => new(name, new string('a', 64), size, "pdf", "application/pdf");

    [Fact]
    public void The_per_request_limit_counts_the_files_not_removed()
    {
        var r = Assigned("2026-04-01");
        r.AddAttachment(RequestAttachmentKind.IdentityCopy, File("身份证.pdf", 8 * Mb), true, 10 * Mb, "申请人", At("2026-04-01"));
        Throws("合计不能超过 10 MB", () => r.AddAttachment(RequestAttachmentKind.SupportingMaterial, File("证明.pdf", 3 * Mb), true, 10 * Mb, "申请人", At("2026-04-01")));
        Throws("理由", () => r.RemoveAttachment(1, " ", "办理人", At("2026-04-02")));
        r.RemoveAttachment(1, "扫描不清", "办理人", At("2026-04-02"));
        Throws("已经移除", () => r.RemoveAttachment(1, "再次", "办理人", At("2026-04-02")));
        var again = r.AddAttachment(RequestAttachmentKind.SupportingMaterial, File("证明.pdf", 3 * Mb), true, 10 * Mb, "申请人", At("2026-04-02"));
        Assert.Equal(2, again.Number);
        Assert.Equal(3 * Mb, r.AttachedBytes);
        Assert.Contains(r.Events, e => e.Action == "AttachmentRemoved" && e.Note!.Contains("扫描不清", StringComparison.Ordinal) && e.IsPublic);
    }

    [Fact]
    public void The_applicant_adds_material_until_the_reply_and_staff_until_the_archive()
    {
        var r = Assigned("2026-04-01");
        r.Decide(PartlyDisclose(), "办理人", At("2026-04-10"));
        r.Approve("赵局长", null, "赵局长", At("2026-04-10"));
        r.IssueReply("办理人", At("2026-04-10"));
        Throws("已经答复", () => r.AddAttachment(RequestAttachmentKind.SupportingMaterial, File("补充.pdf", Mb), true, 30 * Mb, "申请人", At("2026-04-11")));
        r.AddAttachment(RequestAttachmentKind.Other, File("送达回证.pdf", Mb), false, 30 * Mb, "办理人", At("2026-04-11"));
        r.RecordDelivery(DeliveryMethod.Online, D("2026-04-11"), null, "办理人", At("2026-04-11"));
        r.Archive("办理人", At("2026-04-12"));
        Throws("已归档", () => r.AddAttachment(RequestAttachmentKind.Other, File("x.pdf", Mb), false, 30 * Mb, "办理人", At("2026-04-12")));
        Throws("已归档", () => r.RemoveAttachment(1, "误传", "办理人", At("2026-04-12")));
    }
}
