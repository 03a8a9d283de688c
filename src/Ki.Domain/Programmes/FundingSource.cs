namespace Ki.Domain.Programmes;

/// <summary>Where money for a KI or a measure comes from (Finanzierungsquelle).</summary>
/// <remarks>There is deliberately no member with the value 0: <c>default(FundingSource)</c> is not a source.</remarks>
public enum FundingSource
{
    /// <summary>Kommunale Mittel: the municipal budget of the Kreis, Stadt or Gemeinde.</summary>
    Municipal = 1,

    /// <summary>Landesmittel: money of the Land NRW.</summary>
    Land = 2,

    /// <summary>Bundesmittel: federal money.</summary>
    Federal = 3,

    /// <summary>EU-Mittel: money of the European Union (AMIF, ESF).</summary>
    EuropeanUnion = 4,

    /// <summary>Stiftungs- und Drittmittel: foundations and other third parties.</summary>
    FoundationsAndThirdParties = 5,
}
