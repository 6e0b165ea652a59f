using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Zwgk.Web.Admin;

/// <summary>
/// Shows a service's errors on the form. The service validates the same input annotations the model binder
/// already checked, so the binder's errors for the keys the service reports are dropped to avoid showing them twice.
/// </summary>
public static class ServiceErrors
{
    public static void ShowErrors(this AdminPageModel page, IDictionary<string, string[]> errors, string prefix = "Input")
    {
        foreach (var key in errors.Keys)
        {
            var full = string.IsNullOrEmpty(key) ? "" : $"{prefix}.{key}";
            if (page.ModelState.TryGetValue(full, out var entry))
            {
                entry.Errors.Clear();
                entry.ValidationState = ModelValidationState.Unvalidated;
            }
        }

        page.AddErrors(errors, prefix);
    }
}
