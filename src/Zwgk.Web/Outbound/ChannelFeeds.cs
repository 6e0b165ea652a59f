using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Documents;
using Zwgk.Web.Documents;
using Zwgk.Web.Platform;
using Zwgk.Web.Platform.Input;
using Zwgk.Web.Portal;

namespace Zwgk.Web.Outbound;

/// <summary>
/// What a channel carries, for outlets that pull (公开栏 screens, a new-media editor's reader): /channels/{id}/feed
/// (Atom) and /channels/{id}/feed.json (JSON Feed 1.1). Only public documents, newest first; a disabled channel has none.
/// Links are absolute and keep the site's prefix (<see cref="PublicLinks"/>).
/// </summary>
public static class ChannelFeeds
{
    private const int Size = 50;

    public static void MapChannelFeeds(this IEndpointRouteBuilder app)
    {
        var feeds = app.MapGroup("/channels").ExcludeFromDescription().AllowAnonymous();
        feeds.MapGet("/{id:int}/feed", async (int id, ZwgkDbContext db, PublicLinks links, DocumentHtml html, CancellationToken ct) =>
            await ItemsAsync(id, db, links, html, ct) is { } f ? Atom(f) : Results.NotFound());
        feeds.MapGet("/{id:int}/feed.json", async (int id, ZwgkDbContext db, PublicLinks links, DocumentHtml html, CancellationToken ct) =>
            await ItemsAsync(id, db, links, html, ct) is { } f ? JsonFeed(f) : Results.NotFound());
    }

    private sealed record Item(int Id, string Title, string Url, string Summary, string BodyHtml, DateTime PublishedAt, string Unit);

    private sealed record Feed(OutboundChannel Channel, string Unit, string Self, List<Item> Items);

    /// <summary>The documents a channel carries: public ones of its unit, and of its subunits when it includes them.</summary>
    public static IQueryable<Document> CarriedBy(this IQueryable<Document> documents, ZwgkDbContext db, OutboundChannel channel, string unitPath) =>
        documents.Where(Document.Visible).Where(d => d.UnitId == channel.UnitId
            || (channel.IncludeSubunits && db.Organizations.Any(o => o.Id == d.UnitId && o.Path.StartsWith(unitPath))));

    private static async Task<Feed?> ItemsAsync(int id, ZwgkDbContext db, PublicLinks links, DocumentHtml html, CancellationToken ct)
    {
        var channel = await db.Set<OutboundChannel>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == id && c.Enabled, ct);
        if (channel is null)
        {
            return null;
        }

        var unit = await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == channel.UnitId, ct);
        var rows = await db.Documents.AsNoTracking().CarriedBy(db, channel, unit.Path).NewestFirst().Take(Size)
            .Select(d => new { d.Id, d.SiteId, d.Title, d.Summary, d.BodyHtml, d.PublishedAt, Unit = db.Organizations.Where(o => o.Id == d.UnitId).Select(o => o.Name).First() })
            .ToListAsync(ct);
        var siteIds = rows.Select(r => r.SiteId).Distinct().ToList();
        var sites = await db.Sites.AsNoTracking().Where(s => siteIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
        var items = rows.Select(r => new Item(r.Id, TextInput.Clean(r.Title), links.Document(sites[r.SiteId], r.Id),
            TextInput.Clean(r.Summary ?? BasicCatalog.Overview(html.ToText(r.BodyHtml))), html.Sanitize(r.BodyHtml), r.PublishedAt!.Value, r.Unit)).ToList();
        return new Feed(channel, unit.Name, $"{links.BaseUrl}/channels/{id}/feed", items);
    }

    private static IResult Atom(Feed f)
    {
        var updated = f.Items.Count > 0 ? China(f.Items[0].PublishedAt) : new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.FromHours(8));
        var feed = new SyndicationFeed($"{f.Unit} - {f.Channel.Name}", $"{f.Unit}通过“{f.Channel.Name}”同源发布的政府信息。", new Uri(f.Self), f.Self, updated)
        {
            Language = "zh-CN",
            Generator = "Zwgk",
        };
        feed.Authors.Add(new SyndicationPerson { Name = f.Unit });
        feed.Links.Add(SyndicationLink.CreateSelfLink(new Uri(f.Self), "application/atom+xml"));
        feed.Items = f.Items.Select(x => new SyndicationItem(x.Title, new TextSyndicationContent(x.BodyHtml, TextSyndicationContentKind.Html), new Uri(x.Url), x.Url, China(x.PublishedAt))
        {
            PublishDate = China(x.PublishedAt),
            Summary = new TextSyndicationContent(x.Summary),
            Authors = { new SyndicationPerson { Name = x.Unit } },
        }).ToList();
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            new Atom10FeedFormatter(feed).WriteTo(writer);
        }

        return Results.Bytes(stream.ToArray(), "application/atom+xml; charset=utf-8");
    }

    /// <summary>JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/).</summary>
    private static IResult JsonFeed(Feed f) => Results.Json(new Dictionary<string, object?>
    {
        ["version"] = "https://jsonfeed.org/version/1.1",
        ["title"] = $"{f.Unit} - {f.Channel.Name}",
        ["feed_url"] = f.Self + ".json",
        ["language"] = "zh-CN",
        ["authors"] = new[] { new { name = f.Unit } },
        ["items"] = f.Items.Select(x => new Dictionary<string, object?>
        {
            ["id"] = x.Url,
            ["url"] = x.Url,
            ["title"] = x.Title,
            ["summary"] = x.Summary,
            ["content_html"] = x.BodyHtml,
            ["date_published"] = China(x.PublishedAt).ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture),
            ["authors"] = new[] { new { name = x.Unit } },
        }).ToList(),
    }, OutboundQueue.Json, "application/feed+json; charset=utf-8");

    private static DateTimeOffset China(DateTime utc) => new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).ToOffset(TimeSpan.FromHours(8));
}
