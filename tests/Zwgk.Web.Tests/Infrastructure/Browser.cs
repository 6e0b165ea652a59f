using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Zwgk.Web.Tests.Infrastructure;

/// <summary>An HTTP client that keeps cookies and fills forms the way a browser without JavaScript would.</summary>
public sealed class Browser(ZwgkFactory factory) : IDisposable
{
    public HttpClient Client { get; } = SameOrigin(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    // A browser names the page's origin on every POST; the API's cookie writes rely on it (Platform/Edge/ApiCsrfCheck).
    private static HttpClient SameOrigin(HttpClient client)
    {
        client.DefaultRequestHeaders.Add("Origin", client.BaseAddress!.GetLeftPart(UriPartial.Authority));
        return client;
    }

    public static async Task<IDocument> ParseAsync(HttpResponseMessage response) =>
        await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(response.Content.ReadAsStream()).Address(response.RequestMessage!.RequestUri!));

    public async Task<IDocument> GetDocumentAsync(string url)
    {
        var response = await Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await ParseAsync(response);
    }

    /// <summary>Submits the page's form (the first, or the one matching the selector) with the given fields changed.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string pageUrl, IDictionary<string, string> fields, string formSelector = "main form")
    {
        var page = await GetDocumentAsync(pageUrl);
        var form = page.QuerySelector(formSelector) ?? throw new InvalidOperationException($"{pageUrl} 上没有表单 {formSelector}");
        return await PostFormAsync(form, fields, pageUrl);
    }

    /// <summary>
    /// Posts the form as a browser would: unchecked checkboxes and radios are left out and a name may repeat
    /// (multiple checkboxes); a field given in <paramref name="fields"/> replaces every value of that name.
    /// </summary>
    public async Task<HttpResponseMessage> PostFormAsync(IElement form, IDictionary<string, string> fields, string pageUrl)
    {
        var action = form.GetAttribute("action");
        var target = string.IsNullOrEmpty(action) ? pageUrl : action;
        return await Client.PostAsync(target, new FormUrlEncodedContent(FormValues(form, fields)));
    }

    /// <summary>The values a browser would send for the form (file inputs left out), with <paramref name="fields"/> replacing theirs.</summary>
    public static List<KeyValuePair<string, string>> FormValues(IElement form, IDictionary<string, string> fields)
    {
        var values = new List<KeyValuePair<string, string>>();
        foreach (var input in form.QuerySelectorAll("input[name], select[name], textarea[name]"))
        {
            var name = input.GetAttribute("name")!;
            var type = input.GetAttribute("type");
            if (type is "file" || fields.ContainsKey(name) || (type is "checkbox" or "radio" && !input.HasAttribute("checked")))
            {
                continue;
            }

            values.Add(new(name, input.LocalName switch
            {
                "select" => input.QuerySelector("option[selected]")?.GetAttribute("value") ?? input.QuerySelector("option")?.GetAttribute("value") ?? "",
                "textarea" => input.TextContent,
                _ => input.GetAttribute("value") ?? "",
            }));
        }

        values.AddRange(fields);
        return values;
    }

    public async Task SignInAsync(string userName, string password)
    {
        var response = await SubmitAsync("/admin/login", new Dictionary<string, string> { ["UserName"] = userName, ["Password"] = password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    public void Dispose() => Client.Dispose();
}
