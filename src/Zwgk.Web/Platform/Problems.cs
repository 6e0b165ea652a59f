using Microsoft.AspNetCore.Http.HttpResults;

namespace Zwgk.Web.Platform;

/// <summary>problem+json answers with Chinese title and detail, the API's only error shape.</summary>
public static class Problems
{
    public static ProblemHttpResult Unprocessable(string detail, string title = "无法处理的请求") =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status422UnprocessableEntity, title: title);

    public static ProblemHttpResult BadRequest(string detail, string title = "请求参数有误") =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: title);

    public static ProblemHttpResult NotFound(string detail, string title = "未找到") =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: title);

    public static ProblemHttpResult Forbidden(string detail, string title = "无权操作") =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status403Forbidden, title: title);

    public static ProblemHttpResult Conflict(string detail, string title = "与现有数据冲突") =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: title);

    public static ValidationProblem Invalid(IDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, title: "提交的数据未通过校验", detail: "请按各字段的提示修改后重新提交。");

    /// <summary>Chinese title and detail for a status, as the framework's own answers and the error pages show them.</summary>
    public static (string Title, string? Detail) TextOf(int status) => status switch
    {
        400 => ("请求参数有误", "请求格式不正确。"),
        401 => ("需要登录", "请先登录，或在 Authorization 头中提供有效的访问令牌。"),
        403 => ("无权访问", "您的账号没有执行此操作的权限。"),
        404 => ("未找到", "请求的资源不存在。"),
        405 => ("方法不允许", "该地址不支持此请求方法。"),
        409 => ("与现有数据冲突", "数据已被修改或与现有数据冲突，请刷新后重试。"),
        413 => ("请求体过大", "提交的内容超过了允许的大小。"),
        415 => ("不支持的媒体类型", "请求体的 Content-Type 不受支持，请以 application/json 提交。"),
        422 => ("无法处理的请求", null),
        429 => ("请求过于频繁", "请求过于频繁，请稍后再试。"),
        500 => ("服务器内部错误", "服务器处理请求时出错，请稍后再试。"),
        503 => ("服务暂不可用", "服务暂时无法处理请求，请稍后再试。"),
        _ => ("请求未能完成", null),
    };

    /// <summary>Chinese titles for the statuses the framework produces itself (401, 403, 404, 415, 500 …).</summary>
    public static void Localise(ProblemDetailsContext context)
    {
        var p = context.ProblemDetails;
        if (p.Status is { } status)
        {
            var (title, detail) = TextOf(status);
            if (p.Title is null || p.Title.All(c => c < 128))
            {
                p.Title = title;
            }

            // The framework's own details are English and name .NET types.
            if (p.Detail is null || p.Detail.All(c => c < 128))
            {
                p.Detail = detail ?? p.Detail;
            }
        }

        context.HttpContext.Response.Headers.ContentLanguage = "zh-CN";
    }
}
