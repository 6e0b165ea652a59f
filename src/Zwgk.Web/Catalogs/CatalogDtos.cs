using System.ComponentModel.DataAnnotations;
using Zwgk.Domain.Catalogs;

namespace Zwgk.Web.Catalogs;

/// <summary>
/// An item's elements as the console form and the API send them. The time limit is written as catalogs write it and
/// parsed into its structured form; channels and levels are chosen from the fixed lists.
/// </summary>
public sealed class CatalogItemInput
{
    public int DomainId { get; set; }

    [StringLength(ItemElements.NameMax, ErrorMessage = "一级事项不超过200字。")]
    public string? Category { get; set; }

    [StringLength(ItemElements.NameMax, ErrorMessage = "二级事项不超过200字。")]
    public string? Name { get; set; }

    [StringLength(ItemElements.TextMax, ErrorMessage = "公开内容不超过2000字。")]
    public string? Content { get; set; }

    [StringLength(ItemElements.TextMax, ErrorMessage = "公开依据不超过2000字。")]
    public string? LegalBasis { get; set; }

    [StringLength(500, ErrorMessage = "公开时限不超过500字。")]
    public string? TimeLimit { get; set; }

    [StringLength(ItemElements.NameMax, ErrorMessage = "公开主体不超过200字。")]
    public string? ResponsibleBody { get; set; }

    public List<string> Channels { get; set; } = [];

    public Audience Audience { get; set; }

    [StringLength(ItemElements.NameMax, ErrorMessage = "特定群体不超过200字。")]
    public string? AudienceGroup { get; set; }

    public DisclosureMethod Method { get; set; }

    public List<CatalogLevels> Levels { get; set; } = [];

    public bool IsService { get; set; }

    [StringLength(ItemElements.NameMax, ErrorMessage = "政务服务事项名称不超过200字。")]
    public string? ServiceItemName { get; set; }

    [StringLength(ItemElements.TextMax, ErrorMessage = "备注不超过2000字。")]
    public string? Remarks { get; set; }

    /// <summary>The elements, or the problems keyed by input field (Chinese), as problem+json and the form show them.</summary>
    public (ItemElements? Elements, Dictionary<string, string[]> Errors) ToElements(bool unitCatalog = true)
    {
        var errors = new Dictionary<string, List<string>>();
        var limit = Zwgk.Domain.Catalogs.TimeLimit.Parse(TimeLimit, out var limitError);
        if (limit is null)
        {
            Add(nameof(TimeLimit), limitError!);
        }

        var (known, unknown) = Zwgk.Domain.Catalogs.Channels.Parse(string.Join('、', Channels));
        foreach (var u in unknown)
        {
            Add(nameof(Channels), $"未知的公开渠道“{u}”。");
        }

        var elements = new ItemElements
        {
            Category = Category ?? "",
            Name = Name ?? "",
            Content = Content ?? "",
            LegalBasis = LegalBasis ?? "",
            TimeLimit = limit ?? Zwgk.Domain.Catalogs.TimeLimit.Statutory,
            ResponsibleBody = ResponsibleBody ?? "",
            ChannelList = Zwgk.Domain.Catalogs.Channels.Join(known),
            Audience = Audience,
            AudienceGroup = AudienceGroup,
            Method = Method,
            Levels = Levels.Aggregate(CatalogLevels.None, (a, l) => a | l),
            IsService = IsService,
            ServiceItemName = IsService ? ServiceItemName : null,
            Remarks = Remarks,
        }.Cleaned();
        foreach (var p in elements.Problems(unitCatalog))
        {
            Add(FieldOf(p.Column), p.Message);
        }

        return (errors.Count == 0 ? elements : null, errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));

        void Add(string key, string message)
        {
            if (!errors.TryGetValue(key, out var list))
            {
                errors[key] = list = [];
            }

            list.Add(message);
        }
    }

    public static CatalogItemInput From(int domainId, ItemElements e) => new()
    {
        DomainId = domainId,
        Category = e.Category,
        Name = e.Name,
        Content = e.Content,
        LegalBasis = e.LegalBasis,
        TimeLimit = e.TimeLimit.Text,
        ResponsibleBody = e.ResponsibleBody,
        Channels = e.Channels.ToList(),
        Audience = e.Audience,
        AudienceGroup = e.AudienceGroup,
        Method = e.Method,
        Levels = Enum.GetValues<CatalogLevels>().Where(l => l != CatalogLevels.None && e.Levels.HasFlag(l)).ToList(),
        IsService = e.IsService,
        ServiceItemName = e.ServiceItemName,
        Remarks = e.Remarks,
    };

    private static string FieldOf(string column) => column switch
    {
        Columns.Category => nameof(Category),
        Columns.Name => nameof(Name),
        Columns.Content => nameof(Content),
        Columns.LegalBasis => nameof(LegalBasis),
        Columns.TimeLimit => nameof(TimeLimit),
        Columns.ResponsibleBody => nameof(ResponsibleBody),
        Columns.Channels => nameof(Channels),
        Columns.Audience => nameof(AudienceGroup),
        Columns.Levels => nameof(Levels),
        Columns.ServiceItemName => nameof(ServiceItemName),
        Columns.Remarks => nameof(Remarks),
        _ => "",
    };
}

public sealed record StartCatalogInput(int UnitId, string? Reason);

public sealed record GuidelineRowsInput(int[] GuidelineItemIds);

public sealed record ApplicabilityInput(bool NotApplicable, string? Reason);

public sealed record ItemCommentInput(int ItemId, string Comment);

public sealed record ReturnCatalogInput(string? Opinion, ItemCommentInput[]? Items);

public sealed record CatalogOpinionInput(string? Opinion);

public sealed record ResponsibilityInput(int CityUnitId, string Department);

public sealed record DocumentCatalogItemsInput(Guid[] ItemKeys);

public sealed record TimeLimitDto(string Text, TimeLimitUnit Unit, int? Amount, string StartEvent, int? FixedMonth, int? FixedDay, int? PublicityDays, bool PublicityInWorkingDays, string Description)
{
    public static TimeLimitDto From(TimeLimit t) => new(t.Text, t.Unit, t.Amount, t.StartEvent, t.FixedMonth, t.FixedDay, t.PublicityDays, t.PublicityInWorkingDays, t.Describe());
}

public sealed record ElementsDto(
    string Category, string Name, string Content, string LegalBasis, TimeLimitDto TimeLimit, string ResponsibleBody, IReadOnlyList<string> Channels,
    Audience Audience, string? AudienceGroup, DisclosureMethod Method, IReadOnlyList<CatalogLevels> Levels, bool IsService, string? ServiceItemName, string? Remarks)
{
    public static ElementsDto From(ItemElements e) => new(e.Category, e.Name, e.Content, e.LegalBasis, TimeLimitDto.From(e.TimeLimit), e.ResponsibleBody, e.Channels,
        e.Audience, e.AudienceGroup, e.Method, Enum.GetValues<CatalogLevels>().Where(l => l != CatalogLevels.None && e.Levels.HasFlag(l)).ToList(), e.IsService, e.ServiceItemName, e.Remarks);
}

public sealed record CatalogItemDto(int Id, Guid Key, int Sequence, int DomainId, string Domain, int? GuidelineItemId, ElementsDto Elements, bool NotApplicable, string? NotApplicableReason,
    ItemStatus? Status, string? StatusName, IReadOnlyList<LinkedDocument>? Documents);

public sealed record CatalogEventDto(DateTime At, string Actor, string Action, CatalogState From, CatalogState To, string? Note);

public sealed record CatalogCommentDto(int Round, Guid? ItemKey, string Text, string Reviewer, DateTime At);

public sealed record CatalogDto(int Id, int UnitId, string Unit, int Number, CatalogState State, string StateName, string? ChangeReason, DateTime? SubmittedAt, string? ReviewedBy,
    DateTime? ReviewedAt, string? ReviewOpinion, DateTime? PublishedAt, IReadOnlyList<CatalogItemDto> Items, IReadOnlyList<CatalogEventDto>? Events, IReadOnlyList<CatalogCommentDto>? Comments)
{
    public static CatalogDto From(StandardCatalog c, string unit, IReadOnlyList<ItemView> items, bool staff) => new(
        c.Id, c.UnitId, unit, c.Number, c.State, c.State.DisplayName(), c.ChangeReason, c.SubmittedAt, c.ReviewedBy, c.ReviewedAt, c.ReviewOpinion, c.PublishedAt,
        items.Select(v => new CatalogItemDto(v.Item.Id, v.Item.Key, v.Item.Sequence, v.Item.DomainId, v.Domain, v.Item.GuidelineItemId, ElementsDto.From(v.Item.Elements),
            v.Item.NotApplicable, v.Item.NotApplicableReason, v.Status, v.Status.DisplayName(), v.Documents)).ToList(),
        staff ? c.Events.Select(e => new CatalogEventDto(e.At, e.Actor, e.Action, e.From, e.To, e.Note)).ToList() : null,
        staff ? c.Comments.Select(m => new CatalogCommentDto(m.Round, m.ItemKey, m.Text, m.Reviewer, m.At)).ToList() : null);
}
