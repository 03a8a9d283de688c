using System.Collections.Immutable;
using System.Globalization;
using Ki.Domain.Internal;

namespace Ki.Domain.Allocation;

/// <summary>One recipient's indicator values for an <see cref="IndicatorKey"/>: population, area, refugee counts ...</summary>
/// <remarks>Indicator names are compared ordinally. Values are exact decimals, not negative. Immutable; safe to share
/// across threads.</remarks>
public sealed class KeyInput
{
    /// <summary>Creates the input of one recipient.</summary>
    /// <param name="id">The recipient id (such as an AGS); not empty.</param>
    /// <param name="indicators">The indicator values by name; none negative.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="indicators"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An indicator value is negative.</exception>
    public KeyInput(string id, IReadOnlyDictionary<string, decimal> indicators)
    {
        ModelChecks.CheckNotBlank(id, "A recipient id must not be empty.", "Die Kennung eines Empfängers darf nicht leer sein.");
        Preconditions.CheckNotNull(indicators);
        foreach ((string name, decimal value) in indicators)
        {
            if (value < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(indicators), value, $"The indicator '{name}' of '{id}' must not be negative, but was {value.ToString(CultureInfo.InvariantCulture)}.");
            }
        }

        Id = id;
        Indicators = indicators.ToImmutableDictionary(StringComparer.Ordinal);
    }

    /// <summary>The recipient id.</summary>
    public string Id { get; }

    /// <summary>The indicator values by name.</summary>
    public ImmutableDictionary<string, decimal> Indicators { get; }
}
