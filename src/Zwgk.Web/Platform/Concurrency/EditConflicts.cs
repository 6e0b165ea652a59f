using System.ComponentModel;
using System.Globalization;
using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Zwgk.Web.Platform.Concurrency;

/// <summary>
/// Where a lost update is answered: the API's endpoint filter gives problem+json 409, the console's page filter shows
/// the page again with the message and everything the user typed. Both read the revision the caller saw.
/// </summary>
public static class EditConflicts
{
    public const string Message = "已被他人修改，请刷新后重试";

    public const string Title = "已被他人修改";

    /// <summary>The hidden field every console form of a revised record carries (<see cref="RevisionTagHelper"/>).</summary>
    public const string FormField = "__revision";

    public static IServiceCollection AddEditConflicts(this IServiceCollection services)
    {
        services.AddScoped<RevisionExpectation>();
        services.Configure<MvcOptions>(o => o.Filters.Add<ConflictPageFilter>());
        return services;
    }

    /// <summary>Adds the API's filter to a route group.</summary>
    public static RouteGroupBuilder WithEditConflicts(this RouteGroupBuilder group)
    {
        group.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            if (http.Request.RouteValues["id"] is { } id && http.GetEndpoint()?.Metadata.GetMetadata<RevisedRecord>() is { } record
                && ParseIfMatch(http.Request.Headers.IfMatch.ToString()) is int revision)
            {
                http.RequestServices.GetRequiredService<RevisionExpectation>().Expect(record.Type, Convert.ToString(id, CultureInfo.InvariantCulture)!, revision);
            }

            try
            {
                return await next(context);
            }
            catch (DbUpdateConcurrencyException)
            {
                return Problems.Conflict(Message, Title);
            }
        });
        return group;
    }

    /// <summary>Declares which record type the <c>{id}</c> of these endpoints names, so If-Match applies to that record.</summary>
    public static RouteGroupBuilder Revises<TRecord>(this RouteGroupBuilder group) => group.WithMetadata(new RevisedRecord(typeof(TRecord)));

    /// <summary>Declares which record type the <c>{id}</c> of this endpoint names.</summary>
    public static RouteHandlerBuilder Revises<TRecord>(this RouteHandlerBuilder endpoint) => endpoint.WithMetadata(new RevisedRecord(typeof(TRecord)));

    /// <summary>"3", W/"3" or 3: the revision an API client read (the Revision field of the record it fetched).</summary>
    internal static int? ParseIfMatch(string header)
    {
        var value = header.Trim();
        if (value.StartsWith("W/", StringComparison.Ordinal))
        {
            value = value[2..];
        }

        return int.TryParse(value.Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : null;
    }
}

/// <summary>Endpoint metadata: the <c>{id}</c> of the route names a record of this type (see <see cref="EditConflicts.Revises{TRecord}(RouteGroupBuilder)"/>).</summary>
public sealed record RevisedRecord(Type Type);

/// <summary>A console page whose forms change one revised record; its forms carry the revision it was read at.</summary>
public interface IRevisedPage
{
    int? Revision { get; }

    /// <summary>The type of the record the route's <c>{id}</c> names.</summary>
    Type RevisedType { get; }
}

/// <summary>Reads the posted revision before the handler and turns a conflict into the same page with a message.</summary>
internal sealed class ConflictPageFilter(RevisionExpectation expectation, ZwgkDbContext db) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var request = context.HttpContext.Request;
        if (HttpMethods.IsPost(request.Method) && request.HasFormContentType && request.RouteValues["id"] is { } id
            && context.HandlerInstance is IRevisedPage page
            && int.TryParse(request.Form[EditConflicts.FormField], NumberStyles.None, CultureInfo.InvariantCulture, out var revision))
        {
            expectation.Expect(page.RevisedType, Convert.ToString(id, CultureInfo.InvariantCulture)!, revision);
        }

        var executed = await next();
        if (executed.Exception is DbUpdateConcurrencyException && !executed.ExceptionHandled && context.HandlerInstance is PageModel shown)
        {
            executed.ExceptionHandled = true;
            db.ChangeTracker.Clear();
            executed.Result = await ShowAgainAsync(context, shown);
        }
    }

    /// <summary>Runs the page's GET handler to load what it shows, then puts back what the user posted.</summary>
    private static async Task<IActionResult> ShowAgainAsync(PageHandlerExecutingContext context, PageModel page)
    {
        var bound = context.ActionDescriptor.BoundProperties.Select(p => page.GetType().GetProperty(p.Name)).OfType<PropertyInfo>()
            .Select(p => (p, p.GetValue(page))).ToList();
        IActionResult? result = null;
        var get = context.ActionDescriptor.HandlerMethods.FirstOrDefault(h => string.Equals(h.HttpMethod, "GET", StringComparison.OrdinalIgnoreCase) && string.IsNullOrEmpty(h.Name));
        if (get is not null)
        {
            var args = get.Parameters.Select(p => Argument(context.HttpContext.Request, p.Name, p.ParameterType)).ToArray();
            var returned = get.MethodInfo.Invoke(page, args);
            if (returned is Task task)
            {
                await task;
                returned = task.GetType().GetProperty("Result")?.GetValue(task);
            }

            result = returned as IActionResult;
        }

        foreach (var (property, value) in bound)
        {
            property.SetValue(page, value);
        }

        page.ModelState.AddModelError("", EditConflicts.Message);
        return result is null or PageResult ? page.Page() : result;
    }

    private static object? Argument(HttpRequest request, string name, Type type)
    {
        var raw = request.RouteValues[name]?.ToString() ?? request.Query[name].FirstOrDefault();
        if (raw is null)
        {
            return type.IsValueType && Nullable.GetUnderlyingType(type) is null ? Activator.CreateInstance(type) : null;
        }

        return TypeDescriptor.GetConverter(type).ConvertFromInvariantString(raw);
    }
}
