using Zwgk.Domain.Auditing;
using Zwgk.Domain.Workflow;
using static Zwgk.Domain.Workflow.Guard;

namespace Zwgk.Domain.Documents;

/// <summary>
/// 政府信息: one piece of government information and its whole life. Every transition is a method that refuses
/// an illegal move with a Chinese message, stamps the (UTC) time it is given, records who and why, and appends an event.
/// </summary>
public sealed partial class Document : WorkflowAggregate<DocumentState, DocumentEvent>, IAuditable, IUnitOwned
{
    private readonly List<DocumentVersion> _versions = [];

    public int Id { get; private set; }

    /// <summary>Raised by one on every save that changes this record; a save from an older revision is refused.</summary>
    public int Revision { get; private set; }

    /// <summary>The unit that owns (drafts and answers for) the document.</summary>
    public int UnitId { get; private set; }

    /// <summary>The site it is published on.</summary>
    public int SiteId { get; private set; }

    public int? ColumnId { get; private set; }

    // Content (the working copy; the public sees the latest published version of it).
    public string Title { get; private set; } = "";

    public string? DocumentNumber { get; private set; }

    public DateOnly? WrittenOn { get; private set; }

    /// <summary>发文机关, joined with "、" for storage.</summary>
    public string IssuingUnits { get; private set; } = "";

    public string Genre { get; private set; } = "";

    /// <summary>主题分类, joined with "；" for storage.</summary>
    public string Topics { get; private set; } = "";

    public string? StatutoryCategory { get; private set; }

    public string? Keywords { get; private set; }

    public string? Summary { get; private set; }

    public string BodyHtml { get; private set; } = "";

    public DisclosureAttribute Attribute { get; private set; }

    public WithholdingReason? WithholdingReason { get; private set; }

    public string? WithholdingBasis { get; private set; }

    public bool IsNormative { get; private set; }

    public string? RegistrationNumber { get; private set; }

    public string? UnifiedNumber { get; private set; }

    // Review.
    public string? ConfidentialityReviewer { get; private set; }

    public string? ConfidentialityOpinion { get; private set; }

    public DateTime? ConfidentialityReviewedAt { get; private set; }

    public string? SignedOffBy { get; private set; }

    public DateTime? SignedOffAt { get; private set; }

    /// <summary>Why it was published although the wording check flagged expressions.</summary>
    public string? WordingOverrideReason { get; private set; }

    // Publication.
    public string? IndexNumber { get; private set; }

    public DateTime? ScheduledFor { get; private set; }

    public DateTime? PublishedAt { get; private set; }

    public DateTime? WithdrawnAt { get; private set; }

    public string? WithdrawalReason { get; private set; }

    public int CurrentVersion { get; private set; }

    // Validity.
    public DateOnly? EffectiveFrom { get; private set; }

    public DateOnly? EffectiveTo { get; private set; }

    /// <summary>Set when a later document repeals or amends this one, or a clean-up declares it expired.</summary>
    public Validity? DeclaredValidity { get; private set; }

    public DateOnly? ValidityChangedOn { get; private set; }

    public string? ValidityReason { get; private set; }

    /// <summary>The document that repealed or amended this one.</summary>
    public int? SupersededById { get; private set; }

    public IReadOnlyList<DocumentVersion> Versions => _versions;

    private Document()
    {
    }

    int? IAuditable.AuditUnitId => UnitId;

    string IAuditable.AuditLabel => Title;

    public static Document Draft(int unitId, int siteId, int? columnId, DocumentContent content, string actor, DateTime now)
    {
        var d = new Document { UnitId = unitId, SiteId = siteId, ColumnId = columnId };
        d.Apply(content);
        d.Record(now, actor, "Created", DocumentState.Draft, null);
        return d;
    }

    public DocumentContent Content => new()
    {
        Title = Title,
        DocumentNumber = DocumentNumber,
        WrittenOn = WrittenOn,
        IssuingUnits = Split(IssuingUnits, '、'),
        Genre = Genre,
        Topics = Split(Topics, '；'),
        StatutoryCategory = StatutoryCategory,
        Keywords = Keywords,
        Summary = Summary,
        BodyHtml = BodyHtml,
        Attribute = Attribute,
        WithholdingReason = WithholdingReason,
        WithholdingBasis = WithholdingBasis,
        IsNormative = IsNormative,
        RegistrationNumber = RegistrationNumber,
        UnifiedNumber = UnifiedNumber,
        EffectiveFrom = EffectiveFrom,
        EffectiveTo = EffectiveTo,
        Reprint = Reprint,
    };

    /// <summary>The validity on a China date: declared (repealed/amended/expired) wins; otherwise expired after its effective-to date.</summary>
    public Validity ValidityOn(DateOnly today) =>
        DeclaredValidity ?? (EffectiveTo is { } to && to < today ? Validity.Expired : Validity.Effective);

    /// <summary>The date the validity changed, for the banner: declared date, or the day after effective-to.</summary>
    public DateOnly? ValidityChangedOnAt(DateOnly today) =>
        DeclaredValidity is not null ? ValidityChangedOn : ValidityOn(today) == Validity.Expired ? EffectiveTo!.Value.AddDays(1) : null;

    public void Edit(DocumentContent content, int? columnId, string actor, DateTime now)
    {
        Require(State == DocumentState.Draft, "只有草稿可以修改；已提交的稿件请先退回。");
        Apply(content);
        ColumnId = columnId;
        Record(now, actor, "Edited", State, null);
    }

    public void Submit(string actor, DateTime now)
    {
        Require(State == DocumentState.Draft, $"当前状态为“{State.DisplayName()}”，不能提交审查。");
        var problems = Content.Problems();
        Require(problems.Count == 0, "稿件不完整：" + string.Join("", problems));
        Move(DocumentState.ConfidentialityReview, now, actor, "Submitted", null);
    }

    /// <summary>
    /// 保密审查 passed by a named reviewer with an opinion. The reviewer is not one of the drafters (职责分离), unless
    /// the site relaxed the rule and a reason is recorded.
    /// </summary>
    public void PassConfidentialityReview(string reviewer, string opinion, DateTime now, DutySeparation? duties = null)
    {
        Require(State == DocumentState.ConfidentialityReview, "稿件不在保密审查环节。");
        Require(!string.IsNullOrWhiteSpace(opinion), "请填写保密审查意见。");
        Require(!string.IsNullOrWhiteSpace(reviewer), "保密审查须由具名审查人完成。");
        RecordDutyOverride(reviewer, duties, "您是这份稿件的起草人，不能通过自己起草的稿件的保密审查", now);
        ConfidentialityReviewer = reviewer;
        ConfidentialityOpinion = opinion.Trim();
        ConfidentialityReviewedAt = now;
        // Seed 004 §三(一)1: a policy document not to be published goes to the disclosure office for 备案 before 报批.
        Move(RequiresFiling ? DocumentState.AwaitingFiling : DocumentState.SignOff, now, reviewer, "ConfidentialityPassed", opinion.Trim());
    }

    /// <summary>
    /// 审签 by the responsible leader. A proactive document then publishes (now, or at <paramref name="publishAt"/>);
    /// any other is filed. Flagged wording needs a recorded reason to go ahead.
    /// </summary>
    public void SignOff(string leader, DateTime now, int wordingFlags, string? wordingOverrideReason, DateTime? publishAt, string? indexNumber, DutySeparation? duties = null)
    {
        Require(State != DocumentState.AwaitingFiling, $"拟{Attribute.DisplayName()}的政策性文件须先送政务公开工作机构备案，才能审签。");
        Require(State == DocumentState.SignOff, "稿件不在审签环节。");
        RequireWordingReason(wordingFlags, wordingOverrideReason, "稿件");
        RequireFilingIfWithheldPolicy();
        var overrideNote = (duties ?? DutySeparation.Strict).Check(IsDrafter(leader), "您是这份稿件的起草人，不能审签自己起草的稿件");
        var publishesNow = Attribute == DisclosureAttribute.Proactive && !(publishAt is { } later && later > now);
        if (publishesNow)
        {
            // Checked before anything is recorded, so a refused sign-off leaves no trace of having been signed.
            RequireIndexNumber(indexNumber);
        }

        if (overrideNote is not null)
        {
            Record(now, leader, DutyOverridden, State, "审签：" + overrideNote);
        }

        SignedOffBy = leader;
        SignedOffAt = now;
        WordingOverrideReason = wordingFlags == 0 ? null : wordingOverrideReason!.Trim();
        if (Attribute != DisclosureAttribute.Proactive)
        {
            Move(DocumentState.Filed, now, leader, "Filed", $"{Attribute.DisplayName()}：{WithholdingReason?.DisplayName()}");
            return;
        }

        if (publishAt is { } at && at > now)
        {
            ScheduledFor = at;
            Move(DocumentState.Scheduled, now, leader, "Scheduled", null);
            return;
        }

        Publish(now, leader, indexNumber);
    }

    /// <summary>A scheduled document goes public when its time has come (run by the publishing job).</summary>
    public void PublishScheduled(DateTime now, string? indexNumber)
    {
        Require(State == DocumentState.Scheduled, "稿件不是定时发布状态。");
        Require(ScheduledFor <= now, "尚未到定时发布时间。");
        Publish(now, "系统（定时发布）", indexNumber);
    }

    /// <summary>Sends the document back to its drafter from any review step, with a reason.</summary>
    public void Return(string actor, string reason, DateTime now)
    {
        Require(State is DocumentState.ConfidentialityReview or DocumentState.AwaitingFiling or DocumentState.SignOff or DocumentState.Scheduled, "只有审查、备案、审签或定时发布中的稿件可以退回。");
        Require(!string.IsNullOrWhiteSpace(reason), "退回须填写理由。");
        ScheduledFor = null;
        // A returned draft is reviewed afresh; the earlier review stays in the events.
        ConfidentialityReviewer = null;
        ConfidentialityOpinion = null;
        ConfidentialityReviewedAt = null;
        SignedOffBy = null;
        SignedOffAt = null;
        WordingOverrideReason = null;
        FiledWithOfficeBy = null;
        FiledWithOfficeAt = null;
        FilingNote = null;
        Move(DocumentState.Draft, now, actor, "Returned", reason.Trim());
    }

    /// <summary>撤稿: takes the document off the portal, feeds and search at once; the record stays.</summary>
    public void Withdraw(string actor, string reason, DateTime now)
    {
        Require(State is DocumentState.Published or DocumentState.Scheduled, "只有已发布或定时发布的信息可以撤稿。");
        Require(!string.IsNullOrWhiteSpace(reason), "撤稿须填写理由。");
        WithdrawnAt = now;
        WithdrawalReason = reason.Trim();
        ScheduledFor = null;
        // A pending correction of what is no longer public has nothing left to correct.
        ClearCorrection();
        Move(DocumentState.Withdrawn, now, actor, "Withdrawn", reason.Trim());
    }

    /// <summary>The yearly review turns a filed (依申请/不予公开) document proactive and publishes it (seed 004 §三(一)1).</summary>
    public void ConvertToProactive(string actor, string reason, DateTime now, string? indexNumber)
    {
        Require(State == DocumentState.Filed && Attribute != DisclosureAttribute.Proactive, "只有已归档的依申请公开或不予公开信息可以转为主动公开。");
        // A 待认定 older document is settled by its unit's 公函 first (Document.Notice.cs), not converted here.
        Require(!AttributePending, "该历史文件的公开属性尚待认定，请先由起草单位出具公开属性认定公函。");
        Require(!string.IsNullOrWhiteSpace(reason), "转为主动公开须填写理由。");
        // Checked before the attribute changes, so a refused conversion leaves the filed document as it was.
        RequireIndexNumber(indexNumber);
        Record(now, actor, "Converted", State, $"{Attribute.DisplayName()} → 主动公开：{reason.Trim()}");
        Attribute = DisclosureAttribute.Proactive;
        WithholdingReason = null;
        WithholdingBasis = null;
        Publish(now, actor, indexNumber);
    }

    /// <summary>Marks this document repealed or amended by another one, or expired by a clean-up (清理).</summary>
    public void DeclareValidity(Validity validity, DateOnly on, string reason, int? byDocumentId, string actor, DateTime now)
    {
        Require(validity != Validity.Effective, "只能声明失效、废止或已修改。");
        Require(State is DocumentState.Published or DocumentState.Filed, "只有已发布或已归档的信息才有有效性变化。");
        Require(!string.IsNullOrWhiteSpace(reason), "有效性变化须说明理由。");
        DeclaredValidity = validity;
        ValidityChangedOn = on;
        ValidityReason = reason.Trim();
        SupersededById = byDocumentId;
        Record(now, actor, "ValidityChanged", State, $"{validity.DisplayName()}（{on:yyyy-MM-dd}）：{reason.Trim()}");
    }

    private void Publish(DateTime now, string actor, string? indexNumber)
    {
        RequireIndexNumber(indexNumber);
        // A reprint is another organ's information: it gets no index number of this government.
        IndexNumber ??= IsReprint ? null : indexNumber;
        PublishedAt = now;
        ScheduledFor = null;
        CurrentVersion++;
        _versions.Add(new DocumentVersion(CurrentVersion, Title, DocumentNumber, BodyHtml, now, actor, CurrentVersion == 1 ? null : "重新发布"));
        Move(DocumentState.Published, now, actor, "Published", null);
    }

    /// <summary>Publishing despite flagged wording needs a recorded reason (site-inspection.md: serious wording errors are a veto item).</summary>
    private static void RequireWordingReason(int wordingFlags, string? reason, string what) =>
        Require(wordingFlags == 0 || !string.IsNullOrWhiteSpace(reason), $"{what}有 {wordingFlags} 处疑似错敏表述，须修改，或填写仍予发布的理由。");

    private void RequireIndexNumber(string? indexNumber) =>
        Require(IsReprint || !string.IsNullOrWhiteSpace(indexNumber) || IndexNumber is not null, "发布前须生成索引号。");

    private void Apply(DocumentContent c)
    {
        ApplyReprint(c);
        Title = c.Title.Trim();
        DocumentNumber = Clean(c.DocumentNumber);
        WrittenOn = c.WrittenOn;
        IssuingUnits = string.Join('、', c.IssuingUnits.Select(u => u.Trim()).Where(u => u.Length > 0));
        Genre = c.Genre.Trim();
        Topics = string.Join('；', c.Topics.Select(t => t.Trim()).Where(t => t.Length > 0));
        StatutoryCategory = Clean(c.StatutoryCategory);
        Keywords = Clean(c.Keywords);
        Summary = Clean(c.Summary);
        BodyHtml = c.BodyHtml;
        Attribute = c.Attribute;
        WithholdingReason = c.Attribute == DisclosureAttribute.Proactive ? null : c.WithholdingReason;
        WithholdingBasis = c.Attribute == DisclosureAttribute.Proactive ? null : Clean(c.WithholdingBasis);
        IsNormative = c.IsNormative;
        RegistrationNumber = c.IsNormative ? Clean(c.RegistrationNumber) : null;
        UnifiedNumber = c.IsNormative ? Clean(c.UnifiedNumber) : null;
        EffectiveFrom = c.EffectiveFrom;
        EffectiveTo = c.EffectiveTo;
    }

    private static string[] Split(string s, char separator) =>
        s.Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
