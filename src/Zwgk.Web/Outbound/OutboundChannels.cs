using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Access;
using Zwgk.Web.Accounts;
using Zwgk.Web.Audit;
using Zwgk.Web.Platform;
using Zwgk.Web.Workflow;

namespace Zwgk.Web.Outbound;

public sealed class ChannelInput
{
    /// <summary>Chosen when the channel is made (checked there); a channel stays with its unit, so edits ignore it.</summary>
    public int UnitId { get; set; }

    [Required(ErrorMessage = "请填写渠道名称。"), StringLength(100, ErrorMessage = "渠道名称不超过100字。")]
    public string Name { get; set; } = "";

    public ChannelKind Kind { get; set; } = ChannelKind.NewMedia;

    /// <summary>Empty for a channel that only reads its feed.</summary>
    [StringLength(500, ErrorMessage = "推送地址不超过500个字符。")]
    public string? WebhookUrl { get; set; }

    public bool IncludeSubunits { get; set; } = true;

    public bool Enabled { get; set; } = true;
}

/// <summary>A channel with the secret just made, which is shown this once and never again.</summary>
public sealed record ChannelWithSecret(OutboundChannel Channel, string? Secret);

/// <summary>Creates, edits, disables channels and renews their secrets, for units where the caller manages sites; audited.</summary>
public sealed class OutboundChannels(ZwgkDbContext db, UserAccess access, AuditContext audit, ChannelSecrets secrets, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>The channels of every unit in the caller's ManageSites subtrees: no unit sees another's.</summary>
    public async Task<IQueryable<OutboundChannel>> VisibleAsync(CancellationToken ct = default)
    {
        var units = (await access.UnitsWhereAsync(Permission.ManageSites, ct)).Select(o => o.Id);
        return db.Set<OutboundChannel>().Where(c => units.Contains(c.UnitId));
    }

    public async Task<OutboundChannel?> FindAsync(int id, CancellationToken ct = default) =>
        await (await VisibleAsync(ct)).SingleOrDefaultAsync(c => c.Id == id, ct);

    public async Task<StepResult<ChannelWithSecret>> CreateAsync(ChannelInput input, CancellationToken ct = default)
    {
        var errors = Check(input);
        var unit = await db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == input.UnitId, ct);
        if (unit is null)
        {
            errors["UnitId"] = [input.UnitId <= 0 ? "请选择所属单位。" : "所属单位不存在。"];
        }
        else if (!(await access.GetAsync(ct)).Has(Permission.ManageSites, unit.UnitPath))
        {
            return StepResult.Denied<ChannelWithSecret>(detail: "该单位不在您的管理范围内。");
        }

        if (errors.Count > 0)
        {
            return StepResult.Invalid<ChannelWithSecret>(errors);
        }

        var channel = new OutboundChannel { UnitId = input.UnitId, CreatedAt = Now };
        Apply(input, channel);
        var secret = channel.WebhookUrl is null ? null : NewSecret(channel);
        db.Add(channel);
        audit.Action = "OutboundChannelCreated";
        await db.SaveChangesAsync(ct);
        return StepResult.Done(new ChannelWithSecret(channel, secret));
    }

    public async Task<StepResult<ChannelWithSecret>> UpdateAsync(int id, ChannelInput input, CancellationToken ct = default)
    {
        if (await FindAsync(id, ct) is not { } channel)
        {
            return StepResult.Missing<ChannelWithSecret>("渠道不存在。");
        }

        input.UnitId = channel.UnitId; // a channel stays with its unit
        var errors = Check(input);
        if (errors.Count > 0)
        {
            return StepResult.Invalid(errors, new ChannelWithSecret(channel, null));
        }

        var hadUrl = channel.WebhookUrl is not null;
        Apply(input, channel);
        // A feed-only channel given a URL needs a secret to sign with; it is shown once, like a new channel's.
        var secret = !hadUrl && channel.WebhookUrl is not null && channel.ProtectedSecret is null ? NewSecret(channel) : null;
        audit.Action = input.Enabled ? "OutboundChannelEdited" : "OutboundChannelDisabled";
        await db.SaveChangesAsync(ct);
        return StepResult.Done(new ChannelWithSecret(channel, secret));
    }

    /// <summary>A new secret replaces the old one at once (e.g. after it leaked); the receiver must be given it.</summary>
    public async Task<StepResult<ChannelWithSecret>> RenewSecretAsync(int id, CancellationToken ct = default)
    {
        if (await FindAsync(id, ct) is not { } channel)
        {
            return StepResult.Missing<ChannelWithSecret>("渠道不存在。");
        }

        if (channel.WebhookUrl is null)
        {
            return StepResult.Refused<ChannelWithSecret>("该渠道没有推送地址，不需要签名密钥。");
        }

        var secret = NewSecret(channel);
        channel.UpdatedAt = Now;
        audit.Action = "OutboundSecretRenewed";
        await db.SaveChangesAsync(ct);
        return StepResult.Done(new ChannelWithSecret(channel, secret));
    }

    /// <summary>重新发送: another round of attempts for a message that failed (after the receiver was fixed).</summary>
    public async Task<StepResult<OutboundDelivery>> RetryAsync(long deliveryId, CancellationToken ct = default)
    {
        var delivery = await db.Set<OutboundDelivery>().SingleOrDefaultAsync(d => d.Id == deliveryId, ct);
        if (delivery is null || await FindAsync(delivery.ChannelId, ct) is not { } channel)
        {
            return StepResult.Missing<OutboundDelivery>("消息不存在。");
        }

        try
        {
            delivery.Retry(Now);
        }
        catch (Zwgk.Domain.Workflow.DomainRuleException e)
        {
            return StepResult.Refused(e.Message, delivery);
        }

        // The person's step is a line of the channel's audit trail (the delivery rows are the machine's log).
        channel.UpdatedAt = Now;
        audit.Action = "OutboundDeliveryRetried";
        audit.Reason = $"消息 {delivery.Id}（{delivery.Event.DisplayName()}）";
        await db.SaveChangesAsync(ct);
        return StepResult.Done(delivery);
    }

    private string NewSecret(OutboundChannel channel)
    {
        var secret = ChannelSecrets.NewSecret();
        channel.ProtectedSecret = secrets.Protect(secret);
        return secret;
    }

    private void Apply(ChannelInput input, OutboundChannel channel)
    {
        channel.Name = input.Name.Trim();
        channel.Kind = input.Kind;
        channel.WebhookUrl = string.IsNullOrWhiteSpace(input.WebhookUrl) ? null : input.WebhookUrl.Trim();
        channel.IncludeSubunits = input.IncludeSubunits;
        channel.Enabled = input.Enabled;
        channel.UpdatedAt = Now;
    }

    private static Dictionary<string, string[]> Check(ChannelInput input)
    {
        var errors = Validation.Of(input);
        if (!Enum.IsDefined(input.Kind))
        {
            errors["Kind"] = ["请选择渠道类型。"];
        }

        if (!string.IsNullOrWhiteSpace(input.WebhookUrl)
            && (!Uri.TryCreate(input.WebhookUrl.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp) || uri.UserInfo.Length > 0))
        {
            errors["WebhookUrl"] = ["推送地址应为以 https:// 或 http:// 开头的完整网址，且不含用户名和密码。"];
        }

        return errors;
    }
}
