using Zwgk.Domain.Workflow;

namespace Zwgk.Domain.Catalogs;

/// <summary>
/// 标准指引: the national template catalog of one domain, issued by a State Council department (2019–2020). An import makes
/// a new edition; earlier editions stay, because unit catalogs built from them keep pointing at their rows.
/// </summary>
public sealed class Guideline
{
    private readonly List<GuidelineItem> _items = [];

    public int Id { get; private set; }

    public int DomainId { get; private set; }

    public string Title { get; private set; } = "";

    /// <summary>发布机关, e.g. 民政部.</summary>
    public string IssuedBy { get; private set; } = "";

    public DateTime ImportedAt { get; private set; }

    public string ImportedBy { get; private set; } = "";

    public IReadOnlyList<GuidelineItem> Items => _items;

    private Guideline()
    {
    }

    public static Guideline Create(int domainId, string title, string issuedBy, IEnumerable<ItemElements> rows, string actor, DateTime now)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            throw new DomainRuleException("请填写标准指引名称。");
        }

        var g = new Guideline { DomainId = domainId, Title = title.Trim(), IssuedBy = (issuedBy ?? "").Trim(), ImportedAt = now, ImportedBy = actor };
        var keys = new HashSet<string>();
        foreach (var row in rows)
        {
            var e = row.Cleaned();
            if (e.Problems(unitCatalog: false) is { Count: > 0 } problems)
            {
                throw new DomainRuleException($"第{g._items.Count + 1}条“{e.Name}”：{problems[0].Message}");
            }

            if (!keys.Add(e.ItemKey))
            {
                throw new DomainRuleException($"事项“{e.Category}／{e.Name}”重复。");
            }

            g._items.Add(new GuidelineItem(g._items.Count + 1, e));
        }

        if (g._items.Count == 0)
        {
            throw new DomainRuleException("标准指引至少应有一个事项。");
        }

        return g;
    }
}

/// <summary>One row of a guideline: 一级事项 / 二级事项 with its default elements.</summary>
public sealed class GuidelineItem
{
    public int Id { get; private set; }

    public int GuidelineId { get; private set; }

    public int Sequence { get; private set; }

    public ItemElements Elements { get; private set; } = new();

    private GuidelineItem()
    {
    }

    internal GuidelineItem(int sequence, ItemElements elements)
    {
        Sequence = sequence;
        Elements = elements;
    }
}
