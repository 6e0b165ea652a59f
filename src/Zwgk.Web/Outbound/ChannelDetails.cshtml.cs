using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Access;
using Zwgk.Web.Accounts;
using Zwgk.Web.Admin;
using Zwgk.Web.Platform;
using Zwgk.Web.Platform.Concurrency;
using Zwgk.Web.Workflow;

namespace Zwgk.Web.Outbound;

/// <summary>One channel: its settings (edit, disable), a new secret, its feeds and its delivery log with every attempt.</summary>
[RequirePermission(Permission.ManageSites)]
public sealed class ChannelDetailsModel(OutboundChannels channels, OutboundStatus status, PublicLinks links, ZwgkDbContext db) : AdminPageModel, IRevisedPage
{
    public int? Revision => Channel?.Revision;

    public Type RevisedType => typeof(OutboundChannel);

    [BindProperty]
    public ChannelInput Input { get; set; } = new();

    public OutboundChannel Channel { get; private set; } = null!;

    public string UnitName { get; private set; } = "";

    public string? NewSecret { get; private set; }

    public string FeedUrl => $"{links.BaseUrl}/channels/{Channel.Id}/feed";

    public List<DeliveryRow> Deliveries { get; private set; } = [];

    public ILookup<long, AttemptRow> Attempts { get; private set; } = Enumerable.Empty<AttemptRow>().ToLookup(a => a.DeliveryId);

    public Dictionary<int, string> Titles { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id) is { } missing)
        {
            return missing;
        }

        Input = new ChannelInput
        {
            UnitId = Channel.UnitId, Name = Channel.Name, Kind = Channel.Kind, WebhookUrl = Channel.WebhookUrl,
            IncludeSubunits = Channel.IncludeSubunits, Enabled = Channel.Enabled,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var outcome = await channels.UpdateAsync(id, Input);
        if (outcome.Value?.Secret is { } secret && outcome.Ok)
        {
            await LoadAsync(id);
            NewSecret = secret;
            return Page();
        }

        return await outcome.ToPageAsync(this, () =>
        {
            Flash = Input.Enabled ? "已保存渠道设置。" : "渠道已停用，不再推送。";
            return Redirect($"/admin/outbound/{id}");
        }, async () => await LoadAsync(id) ?? Page(), "Input");
    }

    public async Task<IActionResult> OnPostSecretAsync(int id)
    {
        var outcome = await channels.RenewSecretAsync(id);
        if (outcome.Ok)
        {
            await LoadAsync(id);
            NewSecret = outcome.Value!.Secret;
            Input = new ChannelInput { UnitId = Channel.UnitId, Name = Channel.Name, Kind = Channel.Kind, WebhookUrl = Channel.WebhookUrl, IncludeSubunits = Channel.IncludeSubunits, Enabled = Channel.Enabled };
            return Page();
        }

        return await outcome.ToPageAsync(this, Page, async () => await LoadAsync(id) ?? Page());
    }

    public async Task<IActionResult> OnPostRetryAsync(int id, long delivery)
    {
        var outcome = await channels.RetryAsync(delivery);
        return await outcome.ToPageAsync(this, () =>
        {
            Flash = "已安排重新发送。";
            return Redirect($"/admin/outbound/{id}");
        }, async () => await LoadAsync(id) ?? Page());
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        if (await channels.FindAsync(id) is not { } channel)
        {
            return NotFound();
        }

        Channel = channel;
        Title = channel.Name;
        UnitName = await db.Organizations.Where(o => o.Id == channel.UnitId).Select(o => o.Name).SingleAsync();
        Deliveries = await status.ForChannelAsync(id, 100);
        Attempts = (await status.AttemptsAsync(Deliveries.Select(d => d.Id).ToList())).ToLookup(a => a.DeliveryId);
        var documents = Deliveries.Select(d => d.DocumentId).Distinct().ToList();
        Titles = await db.Documents.AsNoTracking().Where(d => documents.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Title);
        return null;
    }
}
