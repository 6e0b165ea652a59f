using System.Collections;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json;

namespace Zwgk.Web.Platform.Input;

/// <summary>
/// On every API endpoint: text arguments bound from the query, route or form are cleaned like JSON strings, dates are
/// bounded, and body objects are checked against their DataAnnotations (the domain's length constants) before the
/// handler runs, answering 400 problem+json with Chinese messages keyed by JSON field.
/// </summary>
public static class ApiInputFilter
{
    public static TBuilder WithInputBoundary<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(InvokeAsync);

    private static async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var errors = new Dictionary<string, string[]>();
        for (var i = 0; i < context.Arguments.Count; i++)
        {
            switch (context.Arguments[i])
            {
                case string s:
                    context.Arguments[i] = TextInput.Normalise(s);
                    break;
                case var date when !InputDates.Accepts(date):
                    errors[ParameterName(context, i)] = [InputDates.Message];
                    break;
                // A query or route value like ?state=7 parses to a number no member has: refused, not taken (EnumInput).
                case Enum e when !e.GetType().IsDefined(typeof(FlagsAttribute), inherit: false) && !Enum.IsDefined(e.GetType(), e):
                    errors[ParameterName(context, i)] = [EnumInput.Message(null, e.ToString())];
                    break;
                case { } value when IsInput(value.GetType()):
                    Check(value, "", errors, depth: 0);
                    break;
            }
        }

        return errors.Count > 0 ? Problems.Invalid(errors) : await next(context);
    }

    private static string ParameterName(EndpointFilterInvocationContext context, int i) =>
        context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<MethodInfo>()?.GetParameters() is { } ps && i < ps.Length ? ps[i].Name ?? "" : "";

    /// <summary>The application's own input types; framework types (HttpContext, services, streams) are not inputs.</summary>
    private static bool IsInput(Type t) => t.Namespace?.StartsWith("Zwgk.", StringComparison.Ordinal) == true && !typeof(IEnumerable).IsAssignableFrom(t);

    private static void Check(object input, string prefix, Dictionary<string, string[]> errors, int depth)
    {
        var context = new ValidationContext(input);
        foreach (var p in input.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (p.GetIndexParameters().Length > 0)
            {
                continue;
            }

            var key = prefix + JsonNamingPolicy.CamelCase.ConvertName(p.Name);
            var value = p.GetValue(input);
            context.MemberName = p.Name;
            var messages = p.GetCustomAttributes<ValidationAttribute>()
                .Where(a => a.GetValidationResult(value, context) != ValidationResult.Success)
                .Select(a => Chinese(a, p))
                .ToList();
            if (value is not null)
            {
                if (!InputDates.Accepts(value))
                {
                    messages.Add(InputDates.Message);
                }
                else if (depth < 3 && IsInput(value.GetType()) && !value.GetType().IsEnum)
                {
                    Check(value, key + ".", errors, depth + 1);
                }
            }

            if (messages.Count > 0)
            {
                errors[key] = [.. messages];
            }
        }
    }

    /// <summary>An attribute's own message when it has one (the app writes them in Chinese), else a Chinese default.</summary>
    private static string Chinese(ValidationAttribute a, PropertyInfo p)
    {
        var label = p.GetCustomAttribute<DisplayAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(p.Name);
        return a switch
        {
            { ErrorMessage: { } own } => own,
            StringLengthAttribute s => $"“{label}”不超过{s.MaximumLength}字。",
            MaxLengthAttribute m => $"“{label}”不超过{m.Length}项。",
            RequiredAttribute => $"请填写“{label}”。",
            RangeAttribute g => $"“{label}”须在{g.Minimum}至{g.Maximum}之间。",
            _ => $"“{label}”的值不正确。",
        };
    }
}
