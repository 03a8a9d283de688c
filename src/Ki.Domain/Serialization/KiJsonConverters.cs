using System.Text.Json;
using System.Text.Json.Serialization;
using Ki.Domain.Internal;
using Ki.Domain.Places;

namespace Ki.Domain.Serialization;

/// <summary>
/// The JSON converters for Ki.Domain's value types, for hosts that serialise them with their own
/// <see cref="JsonSerializerOptions"/> or source-generated contexts.
/// </summary>
/// <remarks>
/// Money as decimal strings (<c>"1234.56"</c>), keys as code strings (<c>"05974"</c>), NodaTime dates, instants and
/// date intervals as ISO-8601 strings. Immutable; safe to share across threads.
/// </remarks>
public static class KiJsonConverters
{
    /// <summary>One instance of every converter.</summary>
    public static IReadOnlyList<JsonConverter> All { get; } =
    [
        new EuroJsonConverter(),
        new LocalDateJsonConverter(),
        new InstantJsonConverter(),
        new DateIntervalJsonConverter(),
        new ParsableKeyJsonConverter<RegionKey>(),
        new ParsableKeyJsonConverter<DistrictKey>(),
        new ParsableKeyJsonConverter<MunicipalityKey>(),
    ];

    /// <summary>Adds every converter to the options.</summary>
    /// <param name="options">Options that are not yet in use (System.Text.Json freezes options on first use).</param>
    /// <returns>The same options, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="options"/> is already in use and so read-only.</exception>
    public static JsonSerializerOptions AddTo(JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(options);
        foreach (JsonConverter converter in All)
        {
            options.Converters.Add(converter);
        }

        return options;
    }
}
