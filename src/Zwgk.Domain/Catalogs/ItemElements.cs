namespace Zwgk.Domain.Catalogs;

/// <summary>One problem with an element, named by the column it belongs to (as in the spreadsheet and the form).</summary>
public sealed record ElementProblem(string Column, string Message);

/// <summary>A changed element between two versions of an item (guideline → unit, or previous → current version).</summary>
public sealed record ElementChange(string Column, string Before, string After);

/// <summary>
/// The elements of a catalog row (rules/domains.md, standard layout; seeds 001 §二(一) and 003 §一(二) name the minimum:
/// 名称、内容、依据、时限、主体、方式、渠道、公开对象). A value object shared by guideline rows and unit catalog items.
/// </summary>
public sealed record ItemElements
{
    public const int TextMax = 2000;
    public const int NameMax = 200;

    /// <summary>一级事项.</summary>
    public string Category { get; init; } = "";

    /// <summary>二级事项: the item's name.</summary>
    public string Name { get; init; } = "";

    /// <summary>公开内容（要素）.</summary>
    public string Content { get; init; } = "";

    /// <summary>公开依据.</summary>
    public string LegalBasis { get; init; } = "";

    public TimeLimit TimeLimit { get; init; } = TimeLimit.Statutory;

    /// <summary>公开主体.</summary>
    public string ResponsibleBody { get; init; } = "";

    /// <summary>公开渠道和载体: canonical names (see <see cref="Catalogs.Channels"/>) joined with "、".</summary>
    public string ChannelList { get; init; } = "";

    public Audience Audience { get; init; }

    /// <summary>Who the specific group is, when the audience is 特定群体.</summary>
    public string? AudienceGroup { get; init; }

    public DisclosureMethod Method { get; init; }

    public CatalogLevels Levels { get; init; }

    /// <summary>办事服务类: the item is a service and must carry the exact name of the matching 政务服务 item (seed 000 §三(一)1).</summary>
    public bool IsService { get; init; }

    /// <summary>The 政务服务事项 name, exactly as in the service list.</summary>
    public string? ServiceItemName { get; init; }

    /// <summary>备注 (optional).</summary>
    public string? Remarks { get; init; }

    public IReadOnlyList<string> Channels => ChannelList.Split('、', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The required elements that are missing or malformed. A unit's item must also name its 政务服务 item when it is a service.</summary>
    public IReadOnlyList<ElementProblem> Problems(bool unitCatalog)
    {
        var p = new List<ElementProblem>();
        Required(p, Columns.Category, Category, NameMax);
        Required(p, Columns.Name, Name, NameMax);
        Required(p, Columns.Content, Content, TextMax);
        Required(p, Columns.LegalBasis, LegalBasis, TextMax);
        Required(p, Columns.TimeLimit, TimeLimit.Text, 500);
        Required(p, Columns.ResponsibleBody, ResponsibleBody, NameMax);
        if (Channels.Count == 0)
        {
            p.Add(new(Columns.Channels, "请至少选择一个公开渠道和载体。"));
        }
        else if (Channels.FirstOrDefault(c => !Catalogs.Channels.All.Contains(c)) is { } unknown)
        {
            p.Add(new(Columns.Channels, $"未知的公开渠道“{unknown}”。"));
        }

        if (Audience == Audience.SpecificGroup && string.IsNullOrWhiteSpace(AudienceGroup))
        {
            p.Add(new(Columns.Audience, "公开对象为特定群体时，请写明是哪一群体（如“特定群体：申请对象”）。"));
        }

        if (Levels == CatalogLevels.None)
        {
            p.Add(new(Columns.Levels, "请选择公开层级（县级、乡级）。"));
        }

        if (unitCatalog && IsService && string.IsNullOrWhiteSpace(ServiceItemName))
        {
            p.Add(new(Columns.ServiceItemName, "办事服务类事项须填写与政务服务网一致的政务服务事项名称。"));
        }

        if (ServiceItemName is { Length: > NameMax })
        {
            p.Add(new(Columns.ServiceItemName, $"政务服务事项名称不超过{NameMax}字。"));
        }

        if (Remarks is { Length: > TextMax })
        {
            p.Add(new(Columns.Remarks, $"备注不超过{TextMax}字。"));
        }

        return p;
    }

    /// <summary>The elements that differ, each with its before and after text (used by the reviewer's side-by-side diff).</summary>
    public IReadOnlyList<ElementChange> ChangesTo(ItemElements after)
    {
        var before = Texts();
        var now = after.Texts();
        return before.Where(b => now[b.Key] != b.Value).Select(b => new ElementChange(b.Key, b.Value, now[b.Key])).ToList();
    }

    /// <summary>Every element as the text a reader sees, keyed by its column name, in column order.</summary>
    public IReadOnlyDictionary<string, string> Texts() => new Dictionary<string, string>
    {
        [Columns.Category] = Category,
        [Columns.Name] = Name,
        [Columns.Content] = Content,
        [Columns.LegalBasis] = LegalBasis,
        [Columns.TimeLimit] = TimeLimit.Text,
        [Columns.ResponsibleBody] = ResponsibleBody,
        [Columns.Channels] = ChannelList,
        [Columns.Audience] = AudienceText,
        [Columns.Method] = Method.DisplayName(),
        [Columns.Levels] = Levels.DisplayName(),
        [Columns.ServiceItemName] = IsService ? ServiceItemName ?? "（办事服务类，未填写）" : "",
        [Columns.Remarks] = Remarks ?? "",
    };

    public string AudienceText => Audience == Audience.Public ? "全社会" : $"特定群体：{AudienceGroup}";

    /// <summary>Trims every text and drops empty optionals.</summary>
    public ItemElements Cleaned() => this with
    {
        Category = Category.Trim(),
        Name = Name.Trim(),
        Content = Content.Trim(),
        LegalBasis = LegalBasis.Trim(),
        ResponsibleBody = ResponsibleBody.Trim(),
        AudienceGroup = Audience == Audience.SpecificGroup ? Blank(AudienceGroup) : null,
        ServiceItemName = Blank(ServiceItemName),
        Remarks = Blank(Remarks),
    };

    /// <summary>Two rows are the same item when their 一级事项 and 二级事项 match.</summary>
    public string ItemKey => $"{Category.Trim()}\u001f{Name.Trim()}";

    private static void Required(List<ElementProblem> p, string column, string value, int max)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            p.Add(new(column, $"“{column}”为必填项。"));
        }
        else if (value.Length > max)
        {
            p.Add(new(column, $"“{column}”不超过{max}字。"));
        }
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

/// <summary>The column names of the standard guideline layout, as the spreadsheet headers and form labels read.</summary>
public static class Columns
{
    public const string Sequence = "序号";
    public const string Domain = "试点领域";
    public const string Category = "一级事项";
    public const string Name = "二级事项";
    public const string Content = "公开内容（要素）";
    public const string LegalBasis = "公开依据";
    public const string TimeLimit = "公开时限";
    public const string ResponsibleBody = "公开主体";
    public const string Channels = "公开渠道和载体";
    public const string Audience = "公开对象";
    public const string Method = "公开方式";
    public const string Levels = "公开层级";
    public const string ServiceItemName = "政务服务事项名称";
    public const string IsService = "办事服务类";
    public const string Remarks = "备注";
}
