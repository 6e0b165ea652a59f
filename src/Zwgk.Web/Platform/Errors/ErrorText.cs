namespace Zwgk.Web.Platform.Errors;

/// <summary>What a browser's error page says, for the portal and the console alike.</summary>
public sealed record ErrorText(int Status, string Heading, string Explanation)
{
    public static ErrorText For(int status) => status switch
    {
        400 => new(status, "请求有误", "提交的内容格式不正确，请返回上一页检查后重新提交。"),
        403 => new(status, "无权访问", "您没有访问该页面的权限。"),
        404 => new(status, "页面不存在", "您访问的页面不存在或已被移除，请检查网址，或从导航进入。"),
        405 => new(status, "请求方式不正确", "该页面不支持此操作，请从页面上的按钮或链接进入。"),
        413 => new(status, "提交的内容过大", "上传的文件或填写的内容超过了允许的大小，请精简后重新提交。"),
        415 => new(status, "提交的格式不受支持", "请从页面上的表单提交。"),
        429 => new(status, "访问过于频繁", "您的操作过于频繁，请稍后再试。"),
        503 => new(status, "服务暂不可用", "服务暂时无法处理请求，请稍后再试。"),
        >= 500 => new(status, "服务器出错了", "服务器处理您的请求时出错，我们已记录此问题。请稍后再试。"),
        _ => new(status, "请求未能完成", "请返回上一页重试。"),
    };

    private const string DetailKey = "zwgk.error-detail";

    /// <summary>Makes the error page of this request say <paramref name="explanation"/> instead of the status's general text.</summary>
    public static void Explain(HttpContext context, string explanation) => context.Items[DetailKey] = explanation;

    /// <summary>The text for the page of this request: the status's, with an explanation the failed handler gave.</summary>
    public static ErrorText For(HttpContext context, int? code)
    {
        var text = For(StatusOf(context, code));
        return context.Items[DetailKey] is string explanation ? text with { Explanation = explanation } : text;
    }

    /// <summary>The status of the page: the re-executed response's own, or the one in the address when opened directly.</summary>
    public static int StatusOf(HttpContext context, int? code) =>
        context.Response.StatusCode is >= 400 and var s ? s : code is >= 400 and <= 599 ? code.Value : 404;
}
