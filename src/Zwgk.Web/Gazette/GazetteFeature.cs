using Microsoft.AspNetCore.Mvc;
using Zwgk.Web.PageCache;
using Zwgk.Web.Platform.Errors;
using Zwgk.Web.Platform.Seeding;
using Zwgk.Web.Sites;

namespace Zwgk.Web.Gazette;

/// <summary>政府公报 (seed 002 §四(四)): a column type whose column holds issues, each with its contents page and PDF.</summary>
public static class GazetteFeature
{
    public static IServiceCollection AddGazette(this IServiceCollection services)
    {
        services.AddScoped<GazetteService>();
        services.AddDemoData<Demo.DemoGazette>();
        return services;
    }

    public static IEndpointRouteBuilder MapGazette(this IEndpointRouteBuilder app)
    {
        // The issue's PDF, made from the same rows as its page; cached with the site's pages, so a withdrawn document
        // leaves the PDF when it leaves the page (docs/adr/0014).
        app.MapGet("/gazette/{id:int}/pdf", async (int id, HttpContext context, GazetteService gazette, IConfiguration config, ILoggerFactory logs) =>
        {
            if (context.CurrentSite() is not { } site || await gazette.PublicIssueAsync(site.Site.Id, id, context.RequestAborted) is not { } view)
            {
                return Results.NotFound();
            }

            if (!CjkFont.TryInstall(config["Gazette:PdfFont"]))
            {
                logs.CreateLogger(typeof(GazetteFeature)).LogError("公报 PDF 无法生成：服务器上没有中文字体（安装 fonts-noto-cjk，或以 Gazette:PdfFont 指定字体文件）。");
                ErrorText.Explain(context, "服务器暂时无法生成公报 PDF，请在页面上阅读本期内容。");
                return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
            }

            var bytes = GazettePdf.Write(view);
            var name = Uri.EscapeDataString($"{view.Column.Name}{view.Issue.Label}.pdf");
            context.Response.Headers.ContentDisposition = $"inline; filename=\"gazette-{view.Issue.Year}-{view.Issue.Number}.pdf\"; filename*=UTF-8''{name}";
            return Results.File(bytes, "application/pdf");
        }).CacheOutput(PageCacheSetup.Policy).AllowAnonymous().ExcludeFromDescription();
        return app;
    }
}
