using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Documents;
using Zwgk.Web.Documents;
using Zwgk.Web.Platform;

namespace Zwgk.Web.Portal;

/// <summary>One line of the catalog: the four items Art. 12 names (索引号, 名称, 内容概述, 生成日期).</summary>
public sealed record CatalogRow(int Id, string? IndexNumber, string Title, string Overview, DateOnly? WrittenOn);

/// <summary>
/// 主动公开基本目录 (Art. 12): every public document of the site's own (reprints excluded), filtered by 主题分类, 发布机构, 体裁 and 年份.
/// Filter values that are not among the offered choices are ignored, so a hand-edited URL shows the whole catalog.
/// </summary>
public sealed partial class BasicCatalog
{
    public const int OverviewLength = 80;

    public string? Topic { get; private init; }

    public int? UnitId { get; private init; }

    public string? Genre { get; private init; }

    public int? Year { get; private init; }

    public IReadOnlyList<(int Id, string Name)> Units { get; private init; } = [];

    public IReadOnlyList<int> Years { get; private init; } = [];

    public IReadOnlyList<CatalogRow> Rows { get; private init; } = [];

    public Paging Paging { get; private init; } = new(1, 0);

    public bool Filtered => Topic is not null || UnitId is not null || Genre is not null || Year is not null;

    public static async Task<BasicCatalog> LoadAsync(ZwgkDbContext db, DocumentHtml html, int siteId, IQueryCollection query, int? page, CancellationToken ct)
    {
        // Reprints are other organs' information, not entries of this catalog (issue 11 item 12).
        var all = db.Documents.AsNoTracking().OwnDisclosureOn(siteId);
        var units = await db.Organizations.AsNoTracking()
            .Where(o => all.Select(d => d.UnitId).Contains(o.Id))
            .OrderBy(o => o.Path)
            .Select(o => new { o.Id, o.Name })
            .ToListAsync(ct);
        var years = await all.Where(d => d.WrittenOn != null).Select(d => d.WrittenOn!.Value.Year).Distinct().OrderByDescending(y => y).ToListAsync(ct);

        var topic = TopicCategories.All.FirstOrDefault(t => t == query["topic"].ToString());
        var genre = GenreCategories.All.FirstOrDefault(g => g == query["genre"].ToString());
        int? unitId = int.TryParse(query["unit"], NumberStyles.None, CultureInfo.InvariantCulture, out var u) && units.Any(x => x.Id == u) ? u : null;
        if (unitId is null && u > 0 && await db.Organizations.AsNoTracking()
                .Where(o => o.Id == u && db.Sites.Any(s => s.Id == siteId && o.Path.StartsWith(s.Organization!.Path)))
                .Select(o => new { o.Id, o.Name }).SingleOrDefaultAsync(ct) is { } quiet)
        {
            // A unit of the site with nothing published yet (linked from its own 信息公开 page): an empty catalog, not the whole one.
            units.Add(quiet);
            unitId = quiet.Id;
        }

        int? year = int.TryParse(query["year"], NumberStyles.None, CultureInfo.InvariantCulture, out var y) && years.Contains(y) ? y : null;

        var filtered = all;
        if (topic is not null)
        {
            // Topics are stored joined with "；"; match whole entries only.
            var needle = "；" + topic + "；";
            filtered = filtered.Where(d => ("；" + d.Topics + "；").Contains(needle));
        }

        if (unitId is int unit)
        {
            filtered = filtered.Where(d => d.UnitId == unit);
        }

        if (genre is not null)
        {
            filtered = filtered.Where(d => d.Genre == genre);
        }

        if (year is int yy)
        {
            var from = new DateOnly(yy, 1, 1);
            var to = from.AddYears(1);
            filtered = filtered.Where(d => d.WrittenOn >= from && d.WrittenOn < to);
        }

        var paging = Paging.Of(page, await filtered.CountAsync(ct));
        var rows = await filtered
            .OrderByDescending(d => d.WrittenOn).ThenByDescending(d => d.PublishedAt).ThenByDescending(d => d.Id)
            .Skip(paging.Skip).Take(paging.PageSize)
            .Select(d => new { d.Id, d.IndexNumber, d.Title, d.Summary, Body = d.Summary == null ? d.BodyHtml : null, d.WrittenOn })
            .ToListAsync(ct);

        return new BasicCatalog
        {
            Topic = topic,
            UnitId = unitId,
            Genre = genre,
            Year = year,
            Units = units.Select(x => (x.Id, x.Name)).ToList(),
            Years = years,
            Paging = paging,
            Rows = rows.Select(r => new CatalogRow(r.Id, r.IndexNumber, r.Title, r.Summary ?? Overview(html.ToText(r.Body)), r.WrittenOn)).ToList(),
        };
    }

    /// <summary>The filters as query-string pairs, for the pager's links.</summary>
    public IEnumerable<KeyValuePair<string, string?>> FilterQuery()
    {
        if (Topic is not null)
        {
            yield return new("topic", Topic);
        }

        if (UnitId is int unit)
        {
            yield return new("unit", unit.ToString(CultureInfo.InvariantCulture));
        }

        if (Genre is not null)
        {
            yield return new("genre", Genre);
        }

        if (Year is int year)
        {
            yield return new("year", year.ToString(CultureInfo.InvariantCulture));
        }
    }

    /// <summary>The first <see cref="OverviewLength"/> characters of the body text, whitespace collapsed.</summary>
    public static string Overview(string text)
    {
        var flat = Whitespace().Replace(text, " ").Trim();
        return flat.Length <= OverviewLength ? flat : flat[..OverviewLength] + "…";
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
