using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Zwgk.Web.Platform.Errors;

/// <summary>
/// One answer for every error, in every environment: API clients (a path under /api, or an Accept header asking for
/// JSON and not HTML) get problem+json with Chinese title and detail; browsers get a Chinese page in the portal's
/// layout with its navigation, or in the console's layout under /admin. Bad input that surfaces as an exception
/// (malformed JSON, a wrong content type, a truncated multipart body) answers 4xx and is not logged as an error.
/// </summary>
public static class ErrorResponses
{
    private const string ErrorPath = "/error";

    public static IServiceCollection AddErrorResponses(this IServiceCollection services)
    {
        // Binding failures throw in every environment so they reach the one handler below and get a Chinese detail.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        return services;
    }

    public static IApplicationBuilder UseErrorResponses(this IApplicationBuilder app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = ErrorPath,
            StatusCodeSelector = e => StatusOf(e).Status,
            // A client's bad input is not a server error: no error log, no exception diagnostics.
            SuppressDiagnosticsCallback = c => StatusOf(c.Exception).Status < 500,
            AllowStatusCode404Response = true,
        });
        app.UseStatusCodePagesWithReExecute(ErrorPath + "/{0}");
        app.Use(RouteErrorAsync);
        return app;
    }

    /// <summary>The status and Chinese detail an exception answers with; 500 for anything that is not bad input.</summary>
    public static (int Status, string? Detail) StatusOf(Exception e) => e switch
    {
        BadHttpRequestException { InnerException: JsonException j } => (400, JsonDetail(j)),
        BadHttpRequestException { StatusCode: 415 } => (415, "请求体须为 JSON（Content-Type: application/json）。"),
        BadHttpRequestException b => (b.StatusCode, b.StatusCode == 400 ? "请求参数缺失或格式不正确。" : null),
        JsonException j => (400, JsonDetail(j)),
        ValueProviderException or InvalidDataException => (400, TruncatedForm),
        IOException io when FromFormReader(io) => (400, TruncatedForm),
        _ => (500, null),
    };

    private const string TruncatedForm = "表单数据不完整或格式不正确（上传可能被中断），请重新提交。";

    // The multipart reader and the form feature throw IOException for a body that ends before its closing boundary.
    private static bool FromFormReader(IOException e) =>
        e.TargetSite?.DeclaringType?.Namespace is { } ns
        && (ns.StartsWith("Microsoft.AspNetCore.WebUtilities", StringComparison.Ordinal) || ns.StartsWith("Microsoft.AspNetCore.Http", StringComparison.Ordinal));

    private static string JsonDetail(JsonException j)
    {
        // Our converters write their messages in Chinese; the serializer's own are English and name .NET types.
        var chinese = j.Message.Length > 0 && j.Message[0] > 127;
        var syntax = j.InnerException?.GetType().Name == "JsonReaderException";
        if (syntax || (!chinese && j.Path is null or "$"))
        {
            return "请求体不是有效的 JSON。";
        }

        var field = j.Path is null or "$" ? "" : $"字段 {j.Path.TrimStart('$', '.')}：";
        return field + (chinese ? j.Message.Split(" Path:")[0] : "值的格式或类型不正确。");
    }

    /// <summary>True for API clients: they get problem+json. Browsers asking for HTML get a page.</summary>
    public static bool WantsProblem(HttpContext context, PathString originalPath)
    {
        if (originalPath.StartsWithSegments("/api") || originalPath.StartsWithSegments("/openapi") || originalPath.StartsWithSegments("/health"))
        {
            return true;
        }

        var accept = context.Request.Headers.Accept.ToString();
        return !accept.Contains("text/html", StringComparison.OrdinalIgnoreCase)
            && (accept.Contains("json", StringComparison.OrdinalIgnoreCase));
    }

    // Runs on the re-executed request only: API clients get problem+json here; console paths go to the console's page.
    private static async Task RouteErrorAsync(HttpContext context, RequestDelegate next)
    {
        var reExecute = context.Features.Get<IStatusCodeReExecuteFeature>();
        var exception = context.Features.Get<IExceptionHandlerPathFeature>();
        if (!context.Request.Path.StartsWithSegments(ErrorPath) || (reExecute is null && exception is null))
        {
            await next(context);
            return;
        }

        var original = new PathString(reExecute?.OriginalPath ?? exception!.Path);
        // The address the client asked for, with the /s/{code} prefix the site resolution moved into PathBase.
        var instance = (reExecute is not null ? new PathString(reExecute.OriginalPathBase) : context.Request.PathBase).Add(original);
        if (WantsProblem(context, original))
        {
            var status = context.Response.StatusCode;
            var (title, detail) = Problems.TextOf(status);
            var problem = new ProblemDetails
            {
                Status = status,
                Title = title,
                Detail = exception?.Error is { } e ? StatusOf(e).Detail ?? detail : detail,
                Instance = instance,
            };
            context.Response.Headers.ContentLanguage = "zh-CN";
            await TypedResults.Problem(problem).ExecuteAsync(context);
            return;
        }

        if (original.StartsWithSegments("/admin"))
        {
            // The handlers route the error path before this runs; routing matches again on the console's path.
            context.Request.Path = "/admin" + context.Request.Path;
            context.SetEndpoint(null);
            context.Request.RouteValues.Clear();
        }

        await next(context);
    }
}
