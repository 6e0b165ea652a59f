using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zwgk.Web.Platform;

namespace Zwgk.Web.Workflow;

/// <summary>
/// The two ways a step's outcome reaches a person: problem+json with Chinese title and detail for the API, and the page
/// again with the message (or the 403/404 page) for the console. Every workflow answers through these.
/// </summary>
public static class StepAnswers
{
    /// <summary>
    /// The API's answer to a failed step. <paramref name="notFound"/> and <paramref name="forbidden"/> word those cases for
    /// the resource; a refused sheet lists its rows in <c>errors</c> ({ row, column, problem }) with <c>errorTotal</c>.
    /// </summary>
    public static ProblemHttpResult ToProblem(this StepResult result, string? notFound = null, string? forbidden = null, string ruleTitle = "不符合规则") =>
        result.Failure switch
        {
            StepFailure.NotFound => Problems.NotFound(result.Error ?? notFound ?? "请求的对象不存在，或不属于您可操作的单位。"),
            StepFailure.Forbidden => Problems.Forbidden(result.Error ?? forbidden ?? "您没有此项操作的权限。"),
            StepFailure.Conflict => Problems.Conflict(StepResult.ConflictMessage, "编辑冲突"),
            StepFailure.Rule when result.FieldErrors is { Count: > 0 } errors => TypedResults.Problem(new HttpValidationProblemDetails(errors.ToDictionary(e => e.Key, e => e.Value))
            {
                Status = StatusCodes.Status400BadRequest, Title = "提交的数据未通过校验",
                // One message is the detail itself; several are listed per field.
                Detail = errors.Values.Sum(m => m.Length) == 1 ? errors.Values.Single(m => m.Length == 1)[0] : "请按各字段的提示修改后重新提交。",
            }),
            StepFailure.Rule when result.SheetErrors is { } sheet => TypedResults.Problem(
                detail: result.Error,
                statusCode: StatusCodes.Status422UnprocessableEntity,
                title: "表格未通过校验",
                extensions: new Dictionary<string, object?> { ["errors"] = sheet.Select(e => new { e.Row, e.Column, e.Problem }).ToList(), ["errorTotal"] = result.SheetErrorTotal }),
            StepFailure.Rule => Problems.Unprocessable(result.Error ?? "提交的内容不符合规则。", ruleTitle),
            _ => throw new InvalidOperationException("A step that went through has no problem to answer."),
        };

    /// <summary>
    /// The console's answer: on success <paramref name="done"/>; a missing or foreign record gives the 404 page, a step the
    /// user may not take the 403 page; a refused rule or a concurrent edit puts the message on the page, which
    /// <paramref name="again"/> shows once more with what was typed. <paramref name="prefix"/> names the bound input
    /// (e.g. "Input") so field errors land beside their fields.
    /// </summary>
    public static async Task<IActionResult> ToPageAsync(
        this StepResult result, PageModel page, Func<IActionResult> done, Func<Task<IActionResult>> again, string? prefix = null)
    {
        switch (result.Failure)
        {
            case StepFailure.None:
                return done();
            case StepFailure.NotFound:
                return page.NotFound();
            case StepFailure.Forbidden:
                return page.Forbid();
            default:
                page.ShowErrors(result, prefix);
                return await again();
        }
    }

    /// <summary>
    /// Puts a refused step's messages on the page: field errors beside their fields, the rest at the top. The service
    /// checks the same annotations the model binder did, so the binder's messages for a field it reports are dropped.
    /// </summary>
    public static void ShowErrors(this PageModel page, StepResult result, string? prefix = null)
    {
        // A refused sheet's rows are listed by the page as a table of their own, not as one message.
        if (result.SheetErrors is not null)
        {
            return;
        }

        if (result.FieldErrors is { Count: > 0 } errors)
        {
            foreach (var (field, messages) in errors)
            {
                var key = prefix is null || field.Length == 0 ? field : $"{prefix}.{field}";
                if (page.ModelState.TryGetValue(key, out var entry))
                {
                    entry.Errors.Clear();
                    entry.ValidationState = ModelValidationState.Unvalidated;
                }

                foreach (var m in messages)
                {
                    page.ModelState.AddModelError(key, m);
                }
            }

            return;
        }

        page.ModelState.AddModelError("", result.Error ?? StepResult.ConflictMessage);
    }
}
