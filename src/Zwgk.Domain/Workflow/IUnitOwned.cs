namespace Zwgk.Domain.Workflow;

/// <summary>A record that belongs to one unit (机关、部门、乡镇): who may read and change it follows from that unit.</summary>
public interface IUnitOwned
{
    int UnitId { get; }
}
