using Zwgk.Domain.Access;
using Zwgk.Domain.Auditing;
using Zwgk.Domain.Documents;
using Zwgk.Domain.Organizations;
using Zwgk.Domain.Workflow;
using static Zwgk.Domain.Workflow.Guard;

namespace Zwgk.Domain.Catalogs;

/// <summary>
/// 政务公开事项标准目录: one version of a unit's catalog. It is built in a draft, reviewed by the level above and only then
/// published (seed 000 §三(一)1 逐级审核、先审后发); a published version is frozen, and a change makes the next version.
/// Every step refuses an illegal move with a Chinese message, records who and why, and appends an event.
/// </summary>
public sealed partial class StandardCatalog : WorkflowAggregate<CatalogState, CatalogEvent>, IAuditable, IUnitOwned
{
    private readonly List<CatalogItem> _items = [];
    private readonly List<CatalogReviewComment> _comments = [];

    public int Id { get; private set; }

    public int UnitId { get; private set; }

    /// <summary>Version number, 1 for the first catalog of the unit.</summary>
    public int Number { get; private set; }

    /// <summary>The published version this one revises.</summary>
    public int? PreviousId { get; private set; }

    /// <summary>Why this version was made (shown in the public change history); required from version 2.</summary>
    public string? ChangeReason { get; private set; }

    /// <summary>Bumped by every change, so each save leaves an audit line even when only items changed; also the concurrency token.</summary>
    public int Revision { get; private set; }

    /// <summary>How many times it has been submitted: the round of the review comments.</summary>
    public int Round { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime? SubmittedAt { get; private set; }

    public string? ReviewedBy { get; private set; }

    public DateTime? ReviewedAt { get; private set; }

    public string? ReviewOpinion { get; private set; }

    public DateTime? PublishedAt { get; private set; }

    public DateTime? SupersededAt { get; private set; }

    public IReadOnlyList<CatalogItem> Items => _items;

    /// <summary>A detached copy of the items, to compare with after an edit (<see cref="CatalogDiff"/>).</summary>
    public IReadOnlyList<CatalogItem> SnapshotItems() => _items.Select(i => i.CopyForRevision()).ToList();

    public IReadOnlyList<CatalogReviewComment> Comments => _comments;

    int? IAuditable.AuditUnitId => UnitId;

    string IAuditable.AuditLabel => $"标准目录第{Number}版";

    private StandardCatalog()
    {
    }

    public bool IsEditable => State == CatalogState.Draft;

    /// <summary>The comments of the latest return, which the editor is working through.</summary>
    public IReadOnlyList<CatalogReviewComment> OpenComments =>
        State == CatalogState.Draft && Round > 0 ? _comments.Where(c => c.Round == Round).ToList() : [];

    public static StandardCatalog Start(int unitId, string actor, DateTime now)
    {
        var c = new StandardCatalog { UnitId = unitId, Number = 1, State = CatalogState.Draft, CreatedAt = now };
        c.Record(now, actor, "Created", CatalogState.Draft, null);
        return c;
    }

    /// <summary>动态管理: a change to a published catalog starts the next version as a draft holding the same items.</summary>
    public StandardCatalog StartRevision(string actor, string reason, DateTime now)
    {
        Require(State == CatalogState.Published, "只有现行（已发布）的目录可以修订；草稿可直接修改。");
        Require(!string.IsNullOrWhiteSpace(reason), "请说明修订原因（将在变更记录中向公众公开）。");
        var next = new StandardCatalog
        {
            UnitId = UnitId, Number = Number + 1, PreviousId = Id, State = CatalogState.Draft, CreatedAt = now, ChangeReason = reason.Trim(),
        };
        next._items.AddRange(_items.Select(i => i.CopyForRevision()));
        next.Record(now, actor, "Revised", CatalogState.Draft, $"修订第{Number}版：{reason.Trim()}");
        return next;
    }

    public CatalogItem AddItem(NewCatalogItem item, string actor, DateTime now)
    {
        RequireEditable();
        var added = Add(item, Guid.NewGuid(), checkDuplicates: true);
        Changed(now, actor, "ItemAdded", added.Elements.Name);
        return added;
    }

    public void EditItem(int itemId, ItemElements elements, string actor, DateTime now)
    {
        RequireEditable();
        var item = Find(itemId);
        var e = Valid(elements, item.DomainId, except: item);
        var changes = item.Elements.ChangesTo(e);
        if (changes.Count == 0)
        {
            return;
        }

        item.Change(e);
        Changed(now, actor, "ItemEdited", $"{e.Name}：{string.Join("、", changes.Select(c => c.Column))}");
    }

    /// <summary>Marks an item as not applying to this unit (with a reason), or as applying again.</summary>
    public void SetApplicability(int itemId, bool notApplicable, string? reason, string actor, DateTime now)
    {
        RequireEditable();
        var item = Find(itemId);
        Require(!notApplicable || !string.IsNullOrWhiteSpace(reason), "标记为不适用时须说明理由。");
        item.SetApplicability(notApplicable, reason?.Trim());
        Changed(now, actor, "ItemApplicability", notApplicable ? $"{item.Elements.Name}：不适用（{reason!.Trim()}）" : $"{item.Elements.Name}：恢复适用");
    }

    public void RemoveItem(int itemId, string actor, DateTime now)
    {
        RequireEditable();
        var item = Find(itemId);
        _items.Remove(item);
        Renumber();
        Changed(now, actor, "ItemRemoved", item.Elements.Name);
    }

    /// <summary>
    /// An import replaces the draft's items with the spreadsheet's rows. A row naming an item already in the draft (same
    /// domain, 一级事项 and 二级事项) keeps that item's identity, so its history and linked documents carry on.
    /// </summary>
    public void ReplaceItems(IReadOnlyList<NewCatalogItem> rows, string fileName, string actor, DateTime now)
    {
        RequireEditable();
        var existing = _items.ToDictionary(i => (i.DomainId, i.Elements.ItemKey));
        _items.Clear();
        // A set instead of scanning the items for each row keeps a 10,000-row import linear.
        var seen = new HashSet<(int, string)>();
        foreach (var row in rows)
        {
            var itemKey = (row.DomainId, row.Elements.Cleaned().ItemKey);
            var key = existing.TryGetValue(itemKey, out var old) ? old.Key : Guid.NewGuid();
            Require(seen.Add(itemKey), $"本目录该领域已有事项“{row.Elements.Category}／{row.Elements.Name}”。");
            var added = Add(row, key, checkDuplicates: false);
            added.FirstPublishedAt = old?.FirstPublishedAt;
        }

        Changed(now, actor, "Imported", $"从“{fileName}”导入 {rows.Count} 个事项");
    }

    /// <summary>
    /// Sends the draft to the level above. <paramref name="serviceMismatches"/> lists service items whose name is not in the
    /// unit's 政务服务事项 list: they must match (seed 000 §三(一)1), so the catalog cannot go up until they do.
    /// </summary>
    public void Submit(string actor, DateTime now, IReadOnlyCollection<string> serviceMismatches)
    {
        Require(State == CatalogState.Draft, $"当前状态为“{State.DisplayName()}”，不能提交审核。");
        Require(_items.Any(i => !i.NotApplicable), "目录中还没有适用的公开事项。");
        Require(Number == 1 || !string.IsNullOrWhiteSpace(ChangeReason), "修订版须说明修订原因。");
        Require(serviceMismatches.Count == 0, "以下办事服务类事项的名称与本单位政务服务事项清单不一致，请修改：" + string.Join("、", serviceMismatches.Take(10)) + (serviceMismatches.Count > 10 ? " 等" : "") + "。");
        var incomplete = _items.Select(i => (i, p: i.Elements.Problems(unitCatalog: true))).FirstOrDefault(x => x.p.Count > 0);
        Require(incomplete.i is null, incomplete.i is null ? "" : $"事项“{incomplete.i.Elements.Name}”不完整：{incomplete.p[0].Message}");
        Round++;
        SubmittedAt = now;
        ReviewedBy = null;
        ReviewedAt = null;
        ReviewOpinion = null;
        Transition(CatalogState.Submitted, now, actor, "Submitted", null);
    }

    /// <summary>The reviewer of the level above returns the catalog with comments on individual items (and/or the whole).</summary>
    public void Return(AccessScope reviewer, UnitPath reviewingUnit, string actor, string? opinion, IReadOnlyDictionary<int, string> itemComments, DateTime now)
    {
        Require(State == CatalogState.Submitted, "只有待审核的目录可以退回。");
        RequireReviewer(reviewer, reviewingUnit);
        var comments = itemComments.Where(c => !string.IsNullOrWhiteSpace(c.Value)).ToList();
        Require(comments.Count > 0 || !string.IsNullOrWhiteSpace(opinion), "退回须对事项或目录填写意见。");
        foreach (var (itemId, text) in comments)
        {
            _comments.Add(new CatalogReviewComment(Round, Find(itemId).Key, text.Trim(), actor, now));
        }

        if (!string.IsNullOrWhiteSpace(opinion))
        {
            _comments.Add(new CatalogReviewComment(Round, null, opinion.Trim(), actor, now));
        }

        ReviewedBy = actor;
        ReviewedAt = now;
        ReviewOpinion = opinion?.Trim();
        Transition(CatalogState.Draft, now, actor, "Returned", $"退回 {comments.Count} 个事项的意见" + (string.IsNullOrWhiteSpace(opinion) ? "" : $"；{opinion.Trim()}"));
    }

    public void Approve(AccessScope reviewer, UnitPath reviewingUnit, string actor, string? opinion, DateTime now)
    {
        Require(State == CatalogState.Submitted, "只有待审核的目录可以审核通过。");
        RequireReviewer(reviewer, reviewingUnit);
        ReviewedBy = actor;
        ReviewedAt = now;
        ReviewOpinion = string.IsNullOrWhiteSpace(opinion) ? null : opinion.Trim();
        Transition(CatalogState.Approved, now, actor, "Approved", ReviewOpinion);
    }

    /// <summary>先审后发: only an approved version goes public; it becomes the current one.</summary>
    public void Publish(string actor, DateTime now)
    {
        Require(State == CatalogState.Approved, "目录须经上一级政务公开主管部门审核通过后才能发布。");
        PublishedAt = now;
        foreach (var item in _items.Where(i => i.FirstPublishedAt is null && !i.NotApplicable))
        {
            item.FirstPublishedAt = now;
        }

        Transition(CatalogState.Published, now, actor, "Published", Number == 1 ? null : ChangeReason);
    }

    /// <summary>The previous current version when its successor is published; it stays in the history.</summary>
    public void Supersede(string actor, DateTime now)
    {
        Require(State == CatalogState.Published, "只有现行目录会被新版本替代。");
        SupersededAt = now;
        Transition(CatalogState.Superseded, now, actor, "Superseded", null);
    }

    public void SetChangeReason(string reason, string actor, DateTime now)
    {
        RequireEditable();
        Require(Number > 1, "第一版目录无需修订原因。");
        Require(!string.IsNullOrWhiteSpace(reason), "请说明修订原因。");
        ChangeReason = reason.Trim();
        Changed(now, actor, "Edited", ChangeReason);
    }

    private static void RequireReviewer(AccessScope reviewer, UnitPath reviewingUnit) =>
        // 逐级审核: the 审核 role must be held on the government above (a township's county; a county department's county).
        Require(CatalogReview.MayReview(reviewer, reviewingUnit), "只有上一级政务公开主管部门的审核人可以审核本目录。");

    private CatalogItem Add(NewCatalogItem item, Guid key, bool checkDuplicates)
    {
        var e = Valid(item.Elements, item.DomainId, except: null, checkDuplicates);
        var added = new CatalogItem(key, item.DomainId, item.GuidelineItemId, _items.Count + 1, e, null);
        if (item.NotApplicable)
        {
            Require(!string.IsNullOrWhiteSpace(item.NotApplicableReason), $"事项“{e.Name}”标记为不适用时须说明理由。");
            added.SetApplicability(true, item.NotApplicableReason!.Trim());
        }

        _items.Add(added);
        return added;
    }

    private ItemElements Valid(ItemElements elements, int domainId, CatalogItem? except, bool checkDuplicates = true)
    {
        var e = elements.Cleaned();
        var problems = e.Problems(unitCatalog: true);
        Require(problems.Count == 0, $"事项“{e.Name}”：" + string.Join("", problems.Select(p => p.Message)));
        Require(!checkDuplicates || !_items.Any(i => i != except && i.DomainId == domainId && i.Elements.ItemKey == e.ItemKey), $"本目录该领域已有事项“{e.Category}／{e.Name}”。");
        return e;
    }

    private CatalogItem Find(int itemId) =>
        _items.SingleOrDefault(i => i.Id == itemId) ?? throw new DomainRuleException("该事项不在本目录中。");

    private void Renumber()
    {
        for (var i = 0; i < _items.Count; i++)
        {
            _items[i].Sequence = i + 1;
        }
    }

    private void RequireEditable() =>
        Require(IsEditable, State is CatalogState.Published or CatalogState.Superseded
            ? "已发布的目录不能修改，请先创建修订版本。"
            : $"当前状态为“{State.DisplayName()}”，不能修改；待审核的目录须先由审核人退回。");

    private void Changed(DateTime now, string actor, string action, string? note)
    {
        Revision++;
        Record(now, actor, action, State, note);
    }

    private void Transition(CatalogState to, DateTime now, string actor, string action, string? note)
    {
        Revision++;
        Move(to, now, actor, action, note);
    }
}
