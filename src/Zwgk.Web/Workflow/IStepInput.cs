namespace Zwgk.Web.Workflow;

/// <summary>
/// What one step of a workflow takes: a small class per step with only its own fields, bound from the console's form
/// or the API's JSON body by the step's name (<see cref="StepInputs"/>).
/// </summary>
public interface IStepInput
{
    /// <summary>The reason the audit line records for the step, if the step takes one.</summary>
    string? AuditReason => null;
}

/// <summary>A step that takes nothing but the decision to take it (出具答复, 归档).</summary>
public sealed class NoInput : IStepInput;
