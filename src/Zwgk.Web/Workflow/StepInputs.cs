using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Zwgk.Web.Workflow;

/// <summary>
/// Reads a step's own input type from the API's JSON body, with the app's JSON options: text is cleaned at the boundary
/// and enums travel by name. Console pages bind the same types from their forms (AdminPageModel.BindStepInputAsync).
/// </summary>
public static class StepInputs
{
    /// <summary>The body as the step's input; an empty body is the step with no fields. Malformed JSON throws (answered 400).</summary>
    public static async Task<IStepInput> ReadJsonAsync(HttpRequest request, Type inputType, CancellationToken ct)
    {
        if (!request.HasJsonContentType())
        {
            // As minimal APIs bind an optional body: none at all is allowed, anything but JSON is 415.
            return request.ContentLength is null or 0 && string.IsNullOrEmpty(request.ContentType)
                ? (IStepInput)Activator.CreateInstance(inputType)!
                : throw new BadHttpRequestException("Expected a JSON body.", StatusCodes.Status415UnsupportedMediaType);
        }

        var options = request.HttpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        return (IStepInput?)await JsonSerializer.DeserializeAsync(request.Body, inputType, options, ct) ?? (IStepInput)Activator.CreateInstance(inputType)!;
    }
}
