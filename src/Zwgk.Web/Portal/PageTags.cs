using Zwgk.Web.Sites;

namespace Zwgk.Web.Portal;

/// <summary>
/// The standard page tags (页面标签) of 《政府网站网页设计规范》 (page-tags.md): site tags on every page,
/// column tags on column and article pages, article tags on article pages.
/// </summary>
public sealed class PageTags
{
    public PageTags(Site site) => Site = site;

    public Site Site { get; }

    public Column? Column { get; set; }

    /// <summary>The column tags of a page that is not a stored column (search, tools).</summary>
    public (string Name, string Description, string Keywords, string Type)? VirtualColumn { get; set; }

    public string? ArticleTitle { get; set; }

    /// <summary>"YYYY-MM-DD HH:MM", China time.</summary>
    public string? PubDate { get; set; }

    public string? ContentSource { get; set; }

    // Optional article tags: emitted only when set.
    public string? Keywords { get; set; }

    public string? Author { get; set; }

    public string? Description { get; set; }

    /// <summary>The article's absolute URL.</summary>
    public string? Url { get; set; }

    public IEnumerable<(string Name, string Content)> All()
    {
        yield return ("SiteName", Site.Name);
        yield return ("SiteDomain", Site.Domain);
        yield return ("SiteIDCode", Site.SiteIdCode);
        if (Column is not null)
        {
            yield return ("ColumnName", Column.Name);
            yield return ("ColumnDescription", Column.Description);
            yield return ("ColumnKeywords", Column.Keywords);
            yield return ("ColumnType", Column.ColumnType);
        }
        else if (VirtualColumn is { } v)
        {
            yield return ("ColumnName", v.Name);
            yield return ("ColumnDescription", v.Description);
            yield return ("ColumnKeywords", v.Keywords);
            yield return ("ColumnType", v.Type);
        }

        if (ArticleTitle is not null)
        {
            yield return ("ArticleTitle", ArticleTitle);
            yield return ("PubDate", PubDate ?? "");
            yield return ("ContentSource", ContentSource ?? Site.Sponsor);
            foreach (var (name, value) in new[] { ("Keywords", Keywords), ("Author", Author), ("Description", Description), ("Url", Url) })
            {
                if (!string.IsNullOrWhiteSpace(value))
                {
                    yield return (name, value);
                }
            }
        }
    }
}
