using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zwgk.Web.Platform;

namespace Zwgk.Web.Search;

public static class SearchApi
{
    public static void MapSearchApi(this RouteGroupBuilder api) =>
        api.MapGet("/search", async Task<Results<Ok<SearchResults>, ProblemHttpResult>> (
            string? q, string? site, int? unit, string? topic, string? genre, int? year, string? validity, string? number, string? sort, int? page, int? pageSize,
            SearchIndex index, ZwgkDbContext db, Sites.SiteLinks links, HttpRequest request, CancellationToken ct) =>
        {
            int? siteId = null;
            if (!string.IsNullOrWhiteSpace(site))
            {
                siteId = await db.Sites.Where(s => s.Code == site).Select(s => (int?)s.Id).SingleOrDefaultAsync(ct);
                if (siteId is null)
                {
                    return Problems.NotFound($"站点“{site}”不存在。");
                }
            }

            string? unitPath = null;
            if (unit is int u)
            {
                unitPath = await db.Organizations.Where(o => o.Id == u).Select(o => o.Path).SingleOrDefaultAsync(ct);
                if (unitPath is null)
                {
                    return Problems.NotFound("单位不存在。");
                }
            }

            if ((q?.Length ?? 0) > 100)
            {
                return Problems.BadRequest("检索词不超过100字。");
            }

            var results = await index.QueryAsync(new SearchQuery
            {
                Text = q,
                SiteId = siteId,
                UnitPath = unitPath,
                Topic = topic,
                Genre = genre,
                Year = year,
                Validity = validity,
                DocumentNumber = number,
                Sort = string.Equals(sort, "date", StringComparison.OrdinalIgnoreCase) ? SearchSort.Date : SearchSort.Relevance,
                Page = Math.Max(1, page ?? 1),
                PageSize = Math.Clamp(pageSize ?? SearchQuery.DefaultPageSize, 1, SearchQuery.MaxPageSize),
            }, ct);

            // The index keeps site-relative addresses; the answer gives each hit's page as the asking host serves it.
            var url = await links.ForRequestAsync(db, request, ct);
            return TypedResults.Ok(results with { Items = results.Items.Select(h => h with { Url = url(h.SiteId, h.Url) }).ToList() });
        })
        .AllowAnonymous()
        .WithTags("搜索")
        .WithSummary("全文检索已发布的主动公开信息：标题、文号、索引号、正文和附件文字；可按站点、单位（含下级）、主题、体裁、年份、有效性、文号筛选，按相关度或日期排序");
}
