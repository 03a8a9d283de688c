namespace Ki.Domain.Programmes;

/// <summary>What a unit amount of a funding line stands for.</summary>
/// <remarks>There is deliberately no member with the value 0: <c>default(UnitAmountRole)</c> is not a role.</remarks>
public enum UnitAmountRole
{
    /// <summary>A fixed grant per unit (Festbetrag je Einheit): per post, per person and quarter, per workplace.</summary>
    GrantPerUnit = 1,

    /// <summary>A flat rate per unit that counts as eligible costs (Pauschale), such as material costs per post.</summary>
    FlatEligibleCostPerUnit = 2,
}
