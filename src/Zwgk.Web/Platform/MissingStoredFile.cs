using Microsoft.AspNetCore.Mvc;

namespace Zwgk.Web.Platform;

/// <summary>
/// A download whose record exists but whose content is not in the file store: the store is not shared by every instance,
/// or a file was lost. The visitor is told so; the error log names the content hash so an operator can restore it.
/// </summary>
public static class MissingStoredFile
{
    public const string Title = "附件文件缺失";

    public const string Message = "该附件的文件暂时无法提供，网站管理员已收到记录，请稍后再试或联系网站管理员。";

    public static void Log(HttpContext http, string sha256, string fileName) =>
        http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(MissingStoredFile))
            .LogError("附件文件缺失：{Sha256}（{FileName}）不在文件存储中；请检查各实例是否共用 Storage:Root，或从备份恢复", sha256, fileName);

    /// <summary>The 500 page of the portal or console, saying what is missing, for a download opened from a page.</summary>
    public static IActionResult Page(HttpContext http, string sha256, string fileName)
    {
        Log(http, sha256, fileName);
        Errors.ErrorText.Explain(http, Message);
        return new StatusCodeResult(StatusCodes.Status500InternalServerError);
    }

    /// <summary>problem+json 500 for API and download addresses.</summary>
    public static IResult Problem(HttpContext http, string sha256, string fileName)
    {
        Log(http, sha256, fileName);
        return TypedResults.Problem(detail: Message, statusCode: StatusCodes.Status500InternalServerError, title: Title);
    }
}
