using Zwgk.Web.Workflow;

namespace Zwgk.Web.Admin;

/// <summary>
/// Shows field errors that come from an input's own checks rather than a step (e.g. a catalog item's elements), the
/// same way a refused step's are shown (<see cref="StepAnswers.ShowErrors"/>).
/// </summary>
public static class ServiceErrors
{
    public static void ShowErrors(this AdminPageModel page, IDictionary<string, string[]> errors, string prefix = "Input")
    {
        if (errors.Count > 0)
        {
            page.ShowErrors(StepResult.Invalid<object>(errors.AsReadOnly()), prefix);
        }
    }
}
