using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Zwgk.Web.Admin;
using Zwgk.Web.Workflow;

namespace Zwgk.Web.Accounts;

/// <summary>
/// 访问令牌: the signed-in user's own API tokens. A new secret is rendered in the response to the create
/// request itself, never stored or redirected with, so it is shown exactly once.
/// </summary>
public sealed class TokensModel(ApiTokenService tokens, TimeProvider clock) : AdminPageModel
{
    public sealed class NewTokenInput
    {
        [Required(ErrorMessage = "请填写令牌名称。"), StringLength(100, ErrorMessage = "令牌名称不超过100字。")]
        public string Name { get; set; } = "";

        // The bounds come from ApiTokenOptions and are checked by the service; a non-number fails binding.
        public int? ValidDays { get; set; }
    }

    [BindProperty]
    public NewTokenInput Input { get; set; } = new();

    public List<ApiToken> Tokens { get; private set; } = [];

    public string? NewSecret { get; private set; }

    public DateTime Now { get; private set; }

    public ApiTokenOptions Lifetimes => tokens.Options;

    public async Task OnGetAsync()
    {
        Input.ValidDays = tokens.Options.DefaultLifetimeDays;
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var made = ModelState.IsValid ? await tokens.CreateAsync(Input.Name, Input.ValidDays) : null;
        if (made is { Ok: false })
        {
            this.ShowErrors(made, "Input");
        }

        if (made?.Value is not { } created)
        {
            await LoadAsync();
            return Page();
        }

        var token = created.Token;
        NewSecret = created.Secret;
        Response.Headers.CacheControl = "no-store";
        Flash = null;
        ModelState.Clear();
        Input = new NewTokenInput { ValidDays = tokens.Options.DefaultLifetimeDays };
        await LoadAsync();
        Title = $"已创建令牌“{token.Name}”";
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(int tokenId)
    {
        Flash = await tokens.RevokeAsync(tokenId) ? "已撤销令牌。" : "令牌不存在或已撤销。";
        return Redirect("/admin/tokens");
    }

    private async Task LoadAsync()
    {
        Title = "访问令牌";
        Now = clock.GetUtcNow().UtcDateTime;
        Tokens = await tokens.MineAsync();
    }
}
