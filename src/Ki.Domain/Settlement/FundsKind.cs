namespace Ki.Domain.Settlement;

/// <summary>Deckungsmittel: the kinds of money besides the grant that finance a measure.</summary>
/// <remarks>There is deliberately no member with the value 0: <c>default(FundsKind)</c> is not a kind.</remarks>
public enum FundsKind
{
    /// <summary>Eigenmittel: the recipient's own money.</summary>
    Own = 1,

    /// <summary>Drittmittel / sonstige Mittel: money of third parties, such as donations, fees or a foundation.</summary>
    ThirdParty = 2,

    /// <summary>Zuwendungen anderer Zuwendungsgeber: grants of other funders (Bund, EU, another ministry).</summary>
    OtherFunder = 3,
}
