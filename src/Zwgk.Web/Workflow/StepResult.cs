namespace Zwgk.Web.Workflow;

/// <summary>Why a step did not happen. The page and the API each map these once (<see cref="StepAnswers"/>).</summary>
public enum StepFailure
{
    None,

    /// <summary>The rules refuse the move; <see cref="StepResult.Error"/> (and field errors) say why, in Chinese.</summary>
    Rule,

    Forbidden,

    NotFound,

    /// <summary>Someone else changed the record since it was read; nothing was overwritten.</summary>
    Conflict,
}

/// <summary>The outcome of one step of any workflow: done, or refused with the reason the user sees.</summary>
public record StepResult
{
    /// <summary>The message of a concurrent edit, the same for every workflow.</summary>
    public const string ConflictMessage = "已被他人修改，请刷新后重试";

    public StepFailure Failure { get; init; }

    /// <summary>The rule's message (for <see cref="StepFailure.Rule"/>) or an optional detail for the other failures.</summary>
    public string? Error { get; init; }

    /// <summary>Messages per input field, for a form that refuses several fields at once.</summary>
    public IReadOnlyDictionary<string, string[]>? FieldErrors { get; init; }

    /// <summary>A refused spreadsheet's problems, row by row (at most the first few hundred; see <see cref="SheetErrorTotal"/>).</summary>
    public IReadOnlyList<SheetError>? SheetErrors { get; init; }

    /// <summary>How many problems the sheet had in all, listed or not.</summary>
    public int SheetErrorTotal { get; init; }

    public bool Ok => Failure == StepFailure.None;

    public bool Forbidden => Failure == StepFailure.Forbidden;

    public bool NotFound => Failure == StepFailure.NotFound;

    public bool Conflict => Failure == StepFailure.Conflict;

    public static StepResult Done() => new();

    public static StepResult<T> Done<T>(T value) => new() { Value = value };

    public static StepResult<T> Refused<T>(string message, T? value = default) => new() { Failure = StepFailure.Rule, Error = message, Value = value };

    public static StepResult<T> Invalid<T>(IReadOnlyDictionary<string, string[]> fieldErrors, T? value = default) =>
        new() { Failure = StepFailure.Rule, Error = fieldErrors.Values.SelectMany(v => v).FirstOrDefault(), FieldErrors = fieldErrors, Value = value };

    /// <summary>An upload whose sheet failed its checks: nothing was saved. The message defaults to the count of problems.</summary>
    public static StepResult<T> Rejected<T>(IReadOnlyList<SheetError> sheetErrors, int total, string? message = null) => new()
    {
        Failure = StepFailure.Rule,
        Error = message ?? (sheetErrors.Count < total ? $"共 {total} 处错误（列出前 {sheetErrors.Count} 处），未导入任何数据。" : $"共 {total} 处错误，未导入任何数据。"),
        SheetErrors = sheetErrors,
        SheetErrorTotal = total,
    };

    public static StepResult<T> Denied<T>(T? value = default, string? detail = null) => new() { Failure = StepFailure.Forbidden, Value = value, Error = detail };

    public static StepResult<T> Missing<T>(string? detail = null) => new() { Failure = StepFailure.NotFound, Error = detail };

    public static StepResult<T> Stale<T>(T? value = default) => new() { Failure = StepFailure.Conflict, Error = ConflictMessage, Value = value };
}

/// <summary>A step's outcome with what it made or changed (the document, the case …) when it went through.</summary>
public sealed record StepResult<T> : StepResult
{
    public T? Value { get; init; }

    /// <summary>The same failure carrying another value type, e.g. a service's answer passed on by another.</summary>
    public StepResult<TOther> As<TOther>(TOther? value = default) =>
        new() { Failure = Failure, Error = Error, FieldErrors = FieldErrors, SheetErrors = SheetErrors, SheetErrorTotal = SheetErrorTotal, Value = value };
}
