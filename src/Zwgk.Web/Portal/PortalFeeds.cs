using System.Globalization;
using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Calendar;
using Zwgk.Web.Documents;
using Zwgk.Web.PageCache;
using Zwgk.Web.Platform;
using Zwgk.Web.Platform.Input;
using Zwgk.Web.Sites;

namespace Zwgk.Web.Portal;

/// <summary>
/// Machine-readable views of a site's public documents: RSS 2.0 and Atom feeds (the site's, or a column's) and the
/// sitemap. Same rule as the pages: only documents public on the site being viewed; URLs are absolute and keep the
/// site's path prefix. XML is written by XmlWriter (through the syndication formatters for the feeds).
/// </summary>
public static class PortalFeeds
{
    public const int FeedSize = 50;

    private const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    public static void MapPortalFeeds(this IEndpointRouteBuilder app)
    {
        var feeds = app.MapGroup("").ExcludeFromDescription().AllowAnonymous().CacheOutput(PageCacheSetup.Policy);
        feeds.MapGet("/feed", (HttpContext http, string? format, ZwgkDbContext db, DocumentHtml html, CancellationToken ct) =>
            FeedAsync(http, null, IsAtom(format), db, html, ct));
        feeds.MapGet("/feed/{**path}", (HttpContext http, string? path, string? format, ZwgkDbContext db, DocumentHtml html, CancellationToken ct) =>
            FeedAsync(http, path, IsAtom(format), db, html, ct));
        feeds.MapGet("/atom", (HttpContext http, ZwgkDbContext db, DocumentHtml html, CancellationToken ct) =>
            FeedAsync(http, null, true, db, html, ct));
        feeds.MapGet("/atom/{**path}", (HttpContext http, string? path, ZwgkDbContext db, DocumentHtml html, CancellationToken ct) =>
            FeedAsync(http, path, true, db, html, ct));
        feeds.MapGet("/sitemap.xml", SitemapAsync);
    }

    private static bool IsAtom(string? format) => string.Equals(format, "atom", StringComparison.OrdinalIgnoreCase);

    private static async Task<IResult> FeedAsync(HttpContext http, string? path, bool atom, ZwgkDbContext db, DocumentHtml html, CancellationToken ct)
    {
        if (http.CurrentSite() is not { Site: { } site } current)
        {
            return Results.NotFound();
        }

        var documents = db.Documents.AsNoTracking().PublicOn(site.Id);
        Column? column = null;
        if (!string.IsNullOrWhiteSpace(path))
        {
            var slugPath = path.Trim('/');
            column = current.Columns.SingleOrDefault(c => c.SlugPath == slugPath);
            if (column is null)
            {
                return Results.NotFound();
            }

            documents = documents.Where(d => d.ColumnId == column.Id);
        }

        var items = await documents.NewestFirst().Take(FeedSize)
            .Select(d => new { d.Id, d.Title, d.Summary, Body = d.Summary == null ? d.BodyHtml : null, d.PublishedAt, d.IssuingUnits, d.Topics })
            .ToListAsync(ct);

        var request = http.Request;
        var pageUrl = request.Absolute(column is null ? "/" : "/col/" + column.SlugPath);
        var selfUrl = request.GetEncodedUrl();
        var title = column is null ? $"{site.Name} - 最新信息" : $"{site.Name} - {column.Name}";
        var description = column?.Description is { Length: > 0 } d ? d : $"{site.Name}最新发布的主动公开政府信息。";
        var updated = items.Count > 0 ? China(items[0].PublishedAt!.Value) : new DateTimeOffset(2000, 1, 1, 0, 0, 0, ChinaOffset);
        var feed = new SyndicationFeed(title, description, new Uri(pageUrl), selfUrl, updated)
        {
            Language = "zh-CN",
            Generator = "Zwgk",
            Copyright = new TextSyndicationContent($"主办单位：{site.Sponsor}"),
        };
        feed.Links.Add(SyndicationLink.CreateSelfLink(new Uri(selfUrl), atom ? "application/atom+xml" : "application/rss+xml"));
        if (atom)
        {
            // Atom requires an author for every entry; the site's sponsor answers for what it publishes.
            feed.Authors.Add(new SyndicationPerson { Name = site.Sponsor });
        }

        feed.Items = items.Select(x =>
        {
            var url = request.Absolute($"/doc/{x.Id}");
            var published = China(x.PublishedAt!.Value);
            // Stored text is cleaned where it enters; cleaning again keeps a row older than that from failing the feed.
            var item = new SyndicationItem(TextInput.Clean(x.Title), (SyndicationContent?)null, new Uri(url), url, published)
            {
                PublishDate = published,
                // RSS has no "updated"; leaving it unset keeps atom elements out of RSS items.
                LastUpdatedTime = atom ? published : default,
                // RSS readers take <description> as HTML and Atom's type="html" says so: the plain-text summary is made HTML
                // (escaped once here) and the XML writer escapes that once more as XML text, so "<" reads as "<", not a tag.
                Summary = new TextSyndicationContent(
                    System.Net.WebUtility.HtmlEncode(TextInput.Clean(x.Summary ?? BasicCatalog.Overview(html.ToText(x.Body)))), TextSyndicationContentKind.Html),
            };
            foreach (var topic in x.Topics.Split('；', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                item.Categories.Add(new SyndicationCategory(TextInput.Clean(topic)));
            }

            return item;
        }).ToList();

        SyndicationFeedFormatter formatter = atom ? new Atom10FeedFormatter(feed) : new Rss20FeedFormatter(feed);
        var bytes = Write(w => formatter.WriteTo(w));
        return Results.Bytes(bytes, atom ? "application/atom+xml; charset=utf-8" : "application/rss+xml; charset=utf-8");
    }

    private static async Task<IResult> SitemapAsync(HttpContext http, ZwgkDbContext db, CancellationToken ct)
    {
        if (http.CurrentSite() is not { Site: { } site } current)
        {
            return Results.NotFound();
        }

        var columns = current.Columns.Where(c => c.ShowInNavigation).OrderBy(c => c.SlugPath, StringComparer.Ordinal).Select(c => new { c.SlugPath, c.UpdatedAt }).ToList();
        var documents = await db.Documents.AsNoTracking().PublicOn(site.Id).NewestFirst()
            .Select(d => new { d.Id, d.PublishedAt }).ToListAsync(ct);
        var request = http.Request;
        var bytes = Write(w =>
        {
            w.WriteStartElement("urlset", SitemapNamespace);
            Url(w, request.Absolute("/"), null);
            foreach (var c in columns)
            {
                Url(w, request.Absolute("/col/" + c.SlugPath), c.UpdatedAt);
            }

            foreach (var d in documents)
            {
                Url(w, request.Absolute($"/doc/{d.Id}"), d.PublishedAt);
            }

            w.WriteEndElement();
        });
        return Results.Bytes(bytes, "application/xml; charset=utf-8");

        static void Url(XmlWriter w, string loc, DateTime? lastModified)
        {
            w.WriteStartElement("url", SitemapNamespace);
            w.WriteElementString("loc", SitemapNamespace, loc);
            if (lastModified is { } at)
            {
                w.WriteElementString("lastmod", SitemapNamespace, China(at).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
            }

            w.WriteEndElement();
        }
    }

    /// <summary>A UTC instant as China time with its +08:00 offset (feeds show it as "+0800").</summary>
    private static DateTimeOffset China(DateTime utc) =>
        new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).ToOffset(ChinaOffset);

    private static byte[] Write(Action<XmlWriter> write)
    {
        // Buffered: the documents are few (at most 50 in a feed) and Kestrel forbids synchronous writes to the body.
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            writer.WriteStartDocument();
            write(writer);
            writer.WriteEndDocument();
        }

        return stream.ToArray();
    }
}
