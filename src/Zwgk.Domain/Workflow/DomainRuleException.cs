namespace Zwgk.Domain.Workflow;

/// <summary>A transition or edit the rules forbid; the message is shown to the user as it is (Chinese).</summary>
public sealed class DomainRuleException : Exception
{
    public DomainRuleException(string message)
        : base(message)
    {
    }

    public DomainRuleException()
    {
    }

    public DomainRuleException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
