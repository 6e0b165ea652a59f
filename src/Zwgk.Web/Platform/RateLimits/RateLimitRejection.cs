using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Threading.RateLimiting;

namespace Zwgk.Web.Platform.RateLimits;

/// <summary>
/// The 429 answer: problem+json with Retry-After for the API; for a browser, a Chinese page that offers to send the
/// same form again, so what the user typed is not lost (attached files excepted).
/// </summary>
public static class RateLimitRejection
{
    public static async Task WriteAsync(HttpContext context, RateLimitLease lease, CancellationToken ct)
    {
        var wait = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        var response = context.Response;
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var minutes = Math.Max(1, (int)Math.Ceiling(seconds / 60.0));
        var detail = $"来自您所在网络地址的请求过于频繁，请约 {minutes} 分钟后再试。";
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            await Results.Problem(title: "请求过于频繁", detail: detail, statusCode: StatusCodes.Status429TooManyRequests).ExecuteAsync(context);
            return;
        }

        response.ContentType = "text/html; charset=utf-8";
        await response.WriteAsync(await PageAsync(context.Request, detail, ct), ct);
    }

    private static async Task<string> PageAsync(HttpRequest request, string detail, CancellationToken ct)
    {
        var html = HtmlEncoder.Default;
        var page = new StringBuilder();
        page.Append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>请求过于频繁</title><link rel=\"stylesheet\" href=\"/css/site.css\"></head><body><main id=\"main\" class=\"wrap\">")
            .Append("<h1>请求过于频繁</h1><p role=\"alert\">").Append(html.Encode(detail)).Append("</p>");
        if (HttpMethods.IsPost(request.Method) && request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(ct);
            page.Append("<p>您填写的内容已保留。稍后可点击下面的按钮原样重新提交").Append(form.Files.Count > 0 ? "（附件需重新选择）" : "").Append("。</p>")
                .Append("<form method=\"post\" action=\"").Append(html.Encode(request.Path + request.QueryString)).Append("\" data-testid=\"resubmit\">");
            foreach (var (name, values) in form)
            {
                foreach (var value in values)
                {
                    page.Append("<input type=\"hidden\" name=\"").Append(html.Encode(name)).Append("\" value=\"").Append(html.Encode(value ?? "")).Append("\">");
                }
            }

            page.Append("<button type=\"submit\">重新提交</button></form>");
        }

        page.Append("<p><a href=\"/\">返回首页</a></p></main></body></html>");
        return page.ToString();
    }
}
