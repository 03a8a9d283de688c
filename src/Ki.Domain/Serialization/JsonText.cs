using System.Text.Json;
using Ki.Domain.Internal;

namespace Ki.Domain.Serialization;

/// <summary>Shared helpers for the converters: every value they read is a JSON string.</summary>
internal static class JsonText
{
    /// <summary>The exception of a converter, with the reason in English and in German (see <see cref="GermanReason"/>).</summary>
    public static JsonException Fail(string reason, string reasonGerman, Exception? inner = null) =>
        GermanReason.With(new JsonException(reason, inner), reasonGerman);

    /// <summary>Reads the current token as a string or throws a <see cref="JsonException"/> that says what was expected.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="expected">What was expected, with an example: <c>a date such as "2016-06-02"</c>.</param>
    /// <param name="expectedGerman">The same in German: <c>ein Datum wie "2016-06-02"</c>.</param>
    public static string ReadString(ref Utf8JsonReader reader, string expected, string expectedGerman)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw Fail($"Expected {expected} as a JSON string, but found {Describe(reader.TokenType).English}.",
                $"Erwartet wird {expectedGerman} als JSON-Text, gefunden wurde aber {Describe(reader.TokenType).German}.");
        }

        return reader.GetString()!;
    }

    /// <summary>The German name of what a converter reads, by its type: <c>die Antragstellerart</c>, <c>der Kreisschlüssel</c>.</summary>
    public static string GermanTerm(Type type) => type.Name switch
    {
        "AncillaryProvisions" => "die Nebenbestimmungen (ANBest)",
        "ApplicantKind" => "die Antragstellerart",
        "ApplicationRoute" => "den Antragsweg",
        "ApportionmentMethod" => "das Sitzzuteilungsverfahren",
        "AwardPolicy" => "die Vergaberegel",
        "Confidence" => "die Verlässlichkeit der Quelle",
        "CriterionOutcome" => "das Ergebnis eines Kriteriums",
        "EducationStage" => "die Bildungsstufe",
        "EligibilityOutcome" => "das Prüfergebnis",
        "FinancingType" => "die Finanzierungsart",
        "FundingSource" => "die Finanzierungsquelle",
        "FundsKind" => "die Art der Mittel",
        "GrantOutcome" => "das Ergebnis der Zuwendungsberechnung",
        "PassThroughMethod" => "die Methode der Weiterleitung",
        "ProgrammeRole" => "die Rolle im Programm",
        "RoundingMode" => "die Rundungsart",
        "TargetGroup" => "die Zielgruppe",
        "UnitAmountRole" => "die Rolle des Betrags je Einheit",
        "DistrictKind" => "die Art des Kreises",
        "MunicipalityKind" => "die Art der Gemeinde",
        "DistrictKey" => "den Kreisschlüssel (fünf Ziffern wie 05974)",
        "MunicipalityKey" => "den Amtlichen Gemeindeschlüssel (AGS, acht Ziffern wie 05974040)",
        "RegionKey" => "den Schlüssel eines Regierungsbezirks (drei Ziffern wie 059)",
        _ => "dieses Feld",
    };

    /// <summary>What a token is, in English and German, for the message about a value of the wrong kind.</summary>
    private static (string English, string German) Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.Number => ("a number", "eine Zahl"),
        JsonTokenType.True or JsonTokenType.False => ("a boolean", "ein Wahrheitswert"),
        JsonTokenType.Null => ("null", "null"),
        JsonTokenType.StartObject => ("an object", "ein Objekt"),
        JsonTokenType.StartArray => ("an array", "eine Liste"),
        _ => (token.ToString(), "etwas anderes"),
    };
}
