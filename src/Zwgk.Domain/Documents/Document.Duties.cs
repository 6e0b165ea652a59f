using Zwgk.Domain.Workflow;
using static Zwgk.Domain.Workflow.Guard;

namespace Zwgk.Domain.Documents;

// 职责分离 and 备案: who may take the review steps of a document, and the disclosure office's filing of a policy
// document that is not to be published.
public sealed partial class Document
{
    /// <summary>The event of a step taken by the same person under the site's relaxation of 职责分离.</summary>
    public const string DutyOverridden = "DutyOverridden";

    /// <summary>The disclosure office's 备案 of a withheld policy document (seed 004 §三(一)1).</summary>
    public const string FilingRecorded = "FilingRecorded";

    /// <summary>Statutory categories whose documents are policy (政策性文件): 规范性文件, 规划及相关政策, 民生政策措施 (documents.md, Art. 20).</summary>
    private static readonly string[] PolicyCategories = ["20.1", "20.3", "20.11"];

    /// <summary>备案 by the disclosure office: who received it, when, and its note.</summary>
    public string? FiledWithOfficeBy { get; private set; }

    public DateTime? FiledWithOfficeAt { get; private set; }

    public string? FilingNote { get; private set; }

    /// <summary>规范性文件 or a document filed under a policy category of Art. 20.</summary>
    public bool IsPolicy => IsNormative || (StatutoryCategory is { } c && PolicyCategories.Contains(c));

    /// <summary>
    /// Seed 004 §三(一)1: "对拟定为依申请公开或不予公开的政策性文件，要依法依规说明理由，于报批前送相应政务公开工作机构备案".
    /// </summary>
    public bool RequiresFiling => IsPolicy && Attribute != DisclosureAttribute.Proactive;

    /// <summary>Everyone who wrote this document: created, edited or submitted it. They do not review or sign it off.</summary>
    public IReadOnlySet<string> Drafters =>
        Events.Where(e => e.Action is "Created" or "Edited" or "Submitted").Select(e => e.Actor).ToHashSet(StringComparer.Ordinal);

    public bool IsDrafter(string actor) => Drafters.Contains(actor);

    /// <summary>
    /// 备案: the disclosure office has received the withheld policy document with its reasons; it then goes to 审签.
    /// The office checks that a ground and a written basis are stated (004: "未说明不主动公开依据和理由的，不予发文").
    /// </summary>
    public void RecordFiling(string officer, string? note, DateTime now)
    {
        Require(State == DocumentState.AwaitingFiling, "稿件不在备案环节。");
        Require(RequiresFiling, "只有拟依申请公开或不予公开的政策性文件需要备案。");
        Require(WithholdingReason is not null && !string.IsNullOrWhiteSpace(WithholdingBasis), "稿件未说明不主动公开的依据和理由，不能备案，请退回起草人补充。");
        var clean = Optional(note, 1000, "备案意见");
        FiledWithOfficeBy = officer;
        FiledWithOfficeAt = now;
        FilingNote = clean;
        Move(DocumentState.SignOff, now, officer, FilingRecorded, $"{Attribute.DisplayName()}：{WithholdingReason?.DisplayName()}{(clean is null ? "" : "；" + clean)}");
    }

    /// <summary>
    /// Why the attachments cannot change now, or null in a draft. What the reviewers passed is what goes out: once submitted,
    /// files change only by returning the draft; a published document's files are never changed in place, where a new
    /// file would be public at once without review (issue 11).
    /// </summary>
    public string? AttachmentsFrozen => State switch
    {
        DocumentState.Draft => null,
        DocumentState.ConfidentialityReview or DocumentState.AwaitingFiling or DocumentState.SignOff or DocumentState.Scheduled =>
            "稿件已提交审查，附件不能再修改；如需修改，请退回起草人，修改后重新提交审查。",
        // With a correction in preparation, files are added to (or marked for removal from) the correction, not the public page.
        DocumentState.Published when Correction == CorrectionState.Draft => null,
        DocumentState.Published when Correction is not null => "更正稿已提交审查，附件不能再修改；如需修改，请审查人退回更正稿。",
        DocumentState.Published => "已发布信息的附件不能直接上传或删除：未经保密审查的文件不得公开。如需更换附件，请先发起更正，更正稿经保密审查和审签后发布。",
        DocumentState.Filed => "已归档信息的附件不能修改。",
        _ => "已撤稿的信息不能再修改附件。",
    };

    private void RequireFilingIfWithheldPolicy() =>
        Require(!RequiresFiling || FiledWithOfficeAt is not null, $"拟{Attribute.DisplayName()}的政策性文件须先送政务公开工作机构备案，才能审签。");

    private void RecordDutyOverride(string actor, DutySeparation? duties, string refusal, DateTime now)
    {
        var note = (duties ?? DutySeparation.Strict).Check(IsDrafter(actor), refusal);
        if (note is not null)
        {
            Record(now, actor, DutyOverridden, State, "保密审查：" + note);
        }
    }
}
