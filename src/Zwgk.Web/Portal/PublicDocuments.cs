using Microsoft.AspNetCore.Http.Extensions;
using Zwgk.Domain.Calendar;
using Zwgk.Domain.Documents;

namespace Zwgk.Web.Portal;

/// <summary>One row of a public document list.</summary>
public sealed record DocumentListItem(int Id, string Title, string? DocumentNumber, DateTime? PublishedAt)
{
    public string PublishedOn => PublishedAt is { } at ? ChinaTime.FromUtc(at).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "";
}

/// <summary>
/// What the public may see: a document that is published and proactive, on the site being viewed. Every portal query,
/// feed and sitemap starts from <see cref="PublicOn"/>, so the rule lives in one place and runs in SQL.
/// </summary>
public static class PublicDocuments
{
    public const int PageSize = 20;

    public static IQueryable<Document> PublicOn(this IQueryable<Document> documents, int siteId) =>
        documents.Where(d => d.SiteId == siteId).Where(Document.Visible);

    /// <summary>The site's own disclosure: public and not a reprint (转载) — what the catalog and the statutory content list.</summary>
    public static IQueryable<Document> OwnDisclosureOn(this IQueryable<Document> documents, int siteId) =>
        documents.Where(d => d.SiteId == siteId).Where(Document.OwnDisclosure);

    public static IOrderedQueryable<Document> NewestFirst(this IQueryable<Document> documents) =>
        documents.OrderByDescending(d => d.PublishedAt).ThenByDescending(d => d.Id);

    public static IQueryable<DocumentListItem> AsListItems(this IQueryable<Document> documents) =>
        documents.Select(d => new DocumentListItem(d.Id, d.Title, d.DocumentNumber ?? d.ReprintOriginalNumber, d.PublishedAt));

    /// <summary>"2020年6月19日": the dates of the metadata table, as the State Council policy library shows them.</summary>
    public static string ChineseDate(this DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";

    /// <summary>"YYYY-MM-DD HH:MM" in China time, the PubDate page tag's format.</summary>
    public static string PubDate(DateTime utc) =>
        ChinaTime.FromUtc(utc).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>An absolute URL on the current site, keeping the site's path prefix (PathBase).</summary>
    public static string Absolute(this HttpRequest request, string path) =>
        UriHelper.BuildAbsolute(request.Scheme, request.Host, request.PathBase, path);

    /// <summary>The text a banner or label uses for a validity other than 有效.</summary>
    public static string BannerWord(this Validity v) => v switch
    {
        Validity.Expired => "已失效",
        Validity.Repealed => "已废止",
        Validity.Amended => "已修改",
        _ => "有效",
    };
}

/// <summary>Page number, size and total of a paged list; the page asked for is clamped to the pages there are.</summary>
public sealed record Paging(int Page, int Total, int PageSize = PublicDocuments.PageSize)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public int Skip => (Page - 1) * PageSize;

    public static Paging Of(int? requested, int total) =>
        new(Math.Clamp(requested ?? 1, 1, Math.Max(1, (total + PublicDocuments.PageSize - 1) / PublicDocuments.PageSize)), total);
}

/// <summary>What the pager partial needs: the paging and the address of any page (filters kept).</summary>
public sealed record PagerModel(Paging Paging, Func<int, string> PageUrl);
