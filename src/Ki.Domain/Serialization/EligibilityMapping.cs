using System.Collections.Immutable;
using System.Globalization;
using Ki.Domain.Eligibility;
using Ki.Domain.Internal;
using Ki.Domain.Programmes;
using NodaTime;
using static Ki.Domain.Serialization.EligibilityDocuments;

namespace Ki.Domain.Serialization;

/// <summary>
/// Turns rule documents into criteria and back. Every problem becomes a <see cref="KiDataException"/> naming the JSON
/// path of the offending value; nothing in a document is executed.
/// </summary>
internal static class EligibilityMapping
{
    private static readonly string[] KnownTypes =
        ["applicant-kind", "non-profit", "seat", "deadline", "delivery-period", "no-early-start", "grant-range", "own-contribution", "route", "direct-application",
            "integration-centre", "seat-in-area", "fact", "all", "any", "not"];

    /// <summary>The criteria that take no field but their legal reference, by type.</summary>
    private static readonly Dictionary<string, Func<string?, Criterion>> FieldlessCriteria = new(StringComparer.Ordinal)
    {
        ["seat-in-area"] = reference => new SeatInAreaCriterion(reference),
        ["non-profit"] = reference => new NonProfitCriterion(reference),
        ["integration-centre"] = reference => new IntegrationCentreCriterion(reference),
        ["delivery-period"] = reference => new DeliveryPeriodCriterion(reference),
        ["no-early-start"] = reference => new EarlyStartCriterion(reference),
    };

    private static readonly string[] FactTypes = ["number", "amount", "date", "key"];

    private static readonly string[] Comparisons = ["less-than", "at-most", "equal-to", "at-least", "more-than", "one-of"];

    public static RuleBook ToRuleBook(RuleBookDocument document)
    {
        Dictionary<string, FactDeclaration> facts = ToFactDeclarations(document.Facts);
        var sets = new List<RuleSet>();
        var seen = new HashSet<(string, LocalDate?, RecipientRole)>();
        for (int i = 0; i < document.RuleSets.Count; i++)
        {
            string path = $"$.ruleSets[{i}]";
            RuleSetData data = document.RuleSets[i];
            Check(!string.IsNullOrWhiteSpace(data.Line), path + ".line", "The funding line must not be blank.", "Die Förderlinie darf nicht leer sein.");
            RecipientRole role = data.Recipients switch
            {
                null or "first" => RecipientRole.FirstRecipient,
                "final" => RecipientRole.FinalRecipient,
                _ => throw new KiDataException(path + ".recipients", $"'{data.Recipients}' is not a recipient role; the roles are: first, final.",
                    $"'{data.Recipients}' ist keine Empfängerrolle; die Rollen sind: first (Erstempfänger), final (Letztempfänger)."),
            };
            Check(seen.Add((data.Line, data.Version, role)), path,
                $"A second rule set for funding line {data.Line} {(data.Version is { } v ? "from " + Applications.FactTexts.DateEn(v) : "for all versions")}{(role == RecipientRole.FinalRecipient ? " (final recipients)" : string.Empty)}.",
                $"Ein zweiter Regelsatz für die Förderlinie {data.Line} {(data.Version is { } w ? "ab " + Applications.FactTexts.DateDe(w) : "für alle Fassungen")}{(role == RecipientRole.FinalRecipient ? " (Letztempfänger)" : string.Empty)}.");
            Criterion[] criteria = [.. data.Criteria.Select((c, k) => ToCriterion(c, $"{path}.criteria[{k}]", facts))];
            sets.Add(ProgrammesMapping.Checked(path, () => data.Version is { } start
                ? new RuleSet(data.Line, start, criteria) { Role = role }
                : new RuleSet(data.Line, criteria) { Role = role }));
        }

        return ProgrammesMapping.Checked("$.ruleSets", () => new RuleBook(sets));
    }

    public static RuleBookDocument FromRuleBook(RuleBook book)
    {
        var facts = new Dictionary<string, FactDeclaration>(StringComparer.Ordinal);
        foreach (FactCriterion fact in book.RuleSets.SelectMany(s => s.Criteria).SelectMany(Flatten).OfType<FactCriterion>())
        {
            if (facts.TryGetValue(fact.Fact.Name, out FactDeclaration? known))
            {
                if (known.Type != fact.Fact.Type || known.Label != fact.Fact.Label || known.Unit != fact.Fact.Unit)
                {
                    throw new ArgumentException($"The fact '{fact.Fact.Name}' is declared twice, differently; a rule file declares each fact once.", nameof(book));
                }
            }
            else
            {
                facts.Add(fact.Fact.Name, fact.Fact);
            }
        }

        FactData[]? declarations = facts.Count == 0 ? null : [.. facts.Values.Select(f => new FactData(
            f.Name, FactCriterion.TypeName(f.Type), Text(f.Label), f.Unit is { } u ? Text(u) : null))];
        return new(JsonDocuments.SchemaVersion, [.. book.RuleSets.Select(FromRuleSet)], declarations);
    }

    public static RuleSetData FromRuleSet(RuleSet set) => new(
        set.LineId, [.. set.Criteria.Select(FromCriterion)], set.VersionStart, set.Role == RecipientRole.FinalRecipient ? "final" : null);

    private static IEnumerable<Criterion> Flatten(Criterion criterion) => criterion switch
    {
        AllCriterion c => c.Parts.SelectMany(Flatten),
        AnyCriterion c => c.Parts.SelectMany(Flatten),
        NotCriterion c => Flatten(c.Part),
        _ => [criterion],
    };

    private static Dictionary<string, FactDeclaration> ToFactDeclarations(IReadOnlyList<FactData>? list)
    {
        var facts = new Dictionary<string, FactDeclaration>(StringComparer.Ordinal);
        for (int i = 0; list is not null && i < list.Count; i++)
        {
            string path = $"$.facts[{i}]";
            FactData data = list[i];
            Check(FactDeclaration.IsName(data.Name), path + ".name", $"'{data.Name}' is not a fact name: letters, digits, '-' and '_', starting with a letter.",
                $"'{data.Name}' ist kein Name einer Angabe: Buchstaben, Ziffern, '-' und '_', am Anfang ein Buchstabe.");
            Check(!facts.ContainsKey(data.Name), path + ".name", $"The fact '{data.Name}' is declared twice.", $"Die Angabe '{data.Name}' ist zweimal erklärt.");
            int type = Array.IndexOf(FactTypes, data.Type);
            Check(type >= 0, path + ".type", $"'{data.Type}' is not a fact type; the types are: {string.Join(", ", FactTypes)}.",
                $"'{data.Type}' ist keine Art von Angabe; die Arten sind: {string.Join(", ", FactTypes)}.");
            Check(!string.IsNullOrWhiteSpace(data.Label.De) && !string.IsNullOrWhiteSpace(data.Label.En), path + ".label", "A fact needs a label with 'de' and 'en'.", "Eine Angabe braucht eine Bezeichnung mit 'de' und 'en'.");
            Check(data.Unit is null || (!string.IsNullOrWhiteSpace(data.Unit.De) && !string.IsNullOrWhiteSpace(data.Unit.En)), path + ".unit", "A unit needs 'de' and 'en'.", "Eine Einheit braucht 'de' und 'en'.");
            facts.Add(data.Name, new FactDeclaration(data.Name, (FactType)(type + 1), new LocalizedText(data.Label.De, data.Label.En),
                data.Unit is { } unit ? new LocalizedText(unit.De, unit.En) : null));
        }

        return facts;
    }

    public static Criterion ToCriterion(CriterionData data, string path) => ToCriterion(data, path, []);

    private static Criterion ToCriterion(CriterionData data, string path, Dictionary<string, FactDeclaration> facts)
    {
        string? reference = data.Reference;
        Check(reference is null || !string.IsNullOrWhiteSpace(reference), path + ".reference", "The legal reference must not be blank.", "Die Rechtsgrundlage darf nicht leer sein.");
        return ProgrammesMapping.Checked(path, () => Build(data, path, reference, facts));
    }

    private static Criterion Build(CriterionData data, string path, string? reference, Dictionary<string, FactDeclaration> facts)
    {
        switch (data.Type)
        {
            case "applicant-kind":
                Allow(data, path, "kinds");
                return new ApplicantKindCriterion(data.Kinds ?? throw new KiDataException(path + ".kinds", "An applicant-kind criterion needs 'kinds' (an empty list means the kinds of the funding line version).",
                    "Ein Kriterium 'applicant-kind' braucht 'kinds' (eine leere Liste meint die Antragstellerarten der Fassung der Förderlinie)."), reference);
            case "direct-application":
                Allow(data, path, "kinds");
                return new DirectApplicationCriterion(data.Kinds ?? throw new KiDataException(path + ".kinds", "A direct-application criterion needs 'kinds' (an empty list means the kinds of the funding line version).",
                    "Ein Kriterium 'direct-application' braucht 'kinds' (eine leere Liste meint die Antragstellerarten der Fassung der Förderlinie)."), reference);
            case "fact":
                return ToFactCriterion(data, path, facts, reference);
            case { } type when FieldlessCriteria.TryGetValue(type, out Func<string?, Criterion>? create):
                Allow(data, path);
                return create(reference);
            case "seat":
                Allow(data, path, "districts", "regions");
                Check(data.Districts is { Count: > 0 } || data.Regions is { Count: > 0 }, path, "A seat criterion needs at least one district or region.", "Ein Kriterium 'seat' braucht mindestens einen Kreis oder Regierungsbezirk.");
                return new SeatCriterion(data.Districts ?? [], data.Regions ?? [], reference);
            case "deadline":
                Allow(data, path, "day", "yearOffset");
                Check(data.YearOffset is null || data.Day is not null, path + ".yearOffset", "A year offset needs a 'day'.", "Eine Jahresverschiebung braucht einen Tag ('day').");
                if (data.Day is not { } day)
                {
                    return new DeadlineCriterion(null, reference);
                }

                int offset = data.YearOffset ?? 0;
                Check(offset is >= -5 and <= 5, path + ".yearOffset", $"The year offset {offset} is outside -5 to 5.", $"Die Jahresverschiebung {offset} liegt außerhalb von -5 bis 5.");
                return new DeadlineCriterion(new Programmes.ApplicationDeadline(day, offset), reference);
            case "grant-range":
                Allow(data, path, "minimum", "maximum");
                Check(data.Minimum is not { IsNegative: true }, path + ".minimum", "The minimum must not be negative.", "Der Mindestbetrag darf nicht negativ sein.");
                Check(data.Maximum is not { IsNegative: true }, path + ".maximum", "The maximum must not be negative.", "Der Höchstbetrag darf nicht negativ sein.");
                Check(data.Minimum is null || data.Maximum is null || data.Minimum <= data.Maximum, path + ".minimum", $"The minimum {data.Minimum} exceeds the maximum {data.Maximum}.",
                    string.Create(TextFormats.German, $"Der Mindestbetrag {data.Minimum} übersteigt den Höchstbetrag {data.Maximum}."));
                return new GrantRangeCriterion(data.Minimum, data.Maximum, reference);
            case "own-contribution":
                Allow(data, path, "minimumShare");
                decimal share = data.MinimumShare ?? throw new KiDataException(path + ".minimumShare", "An own-contribution criterion needs 'minimumShare', such as \"0.1\" for 10 %.",
                    "Ein Kriterium 'own-contribution' braucht 'minimumShare', etwa \"0.1\" für 10 %.");
                Check(share is >= 0m and <= 1m && decimal.Truncate(share * OwnContributionCriterion.ShareScale) == share * OwnContributionCriterion.ShareScale,
                    path + ".minimumShare", $"'{share.ToString(System.Globalization.CultureInfo.InvariantCulture)}' is not a share between 0 and 1 with at most six decimals, such as \"0.1\".",
                    $"'{share.ToString(System.Globalization.CultureInfo.InvariantCulture)}' ist kein Anteil zwischen 0 und 1 mit höchstens sechs Nachkommastellen, etwa \"0.1\".");
                return new OwnContributionCriterion(share, reference);
            case "route":
                Allow(data, path, "routes");
                Check(data.Routes is { Count: > 0 }, path + ".routes", "A route criterion needs at least one route.", "Ein Kriterium 'route' braucht mindestens einen Antragsweg.");
                return new RouteCriterion(data.Routes!, reference);
            case "all":
            case "any":
                Allow(data, path, "parts");
                IReadOnlyList<CriterionData> parts = data.Parts ?? throw new KiDataException(path + ".parts", $"An '{data.Type}' criterion needs 'parts'.", $"Ein Kriterium '{data.Type}' braucht 'parts'.");
                Criterion[] mapped = [.. parts.Select((p, i) => ToCriterion(p, $"{path}.parts[{i}]", facts))];
                return data.Type == "all" ? new AllCriterion(mapped, reference) : new AnyCriterion(mapped, reference);
            case "not":
                Allow(data, path, "part");
                return new NotCriterion(ToCriterion(data.Part ?? throw new KiDataException(path + ".part", "A 'not' criterion needs a 'part'.", "Ein Kriterium 'not' braucht ein 'part'."), path + ".part", facts), reference);
            default:
                throw new KiDataException(path + ".type", $"'{data.Type}' is not a criterion type; the types are: {string.Join(", ", KnownTypes)}.",
                    $"'{data.Type}' ist keine Art von Kriterium; die Arten sind: {string.Join(", ", KnownTypes)}.");
        }
    }

    private static FactCriterion ToFactCriterion(CriterionData data, string path, Dictionary<string, FactDeclaration> facts, string? reference)
    {
        Allow(data, path, "fact", "operator", "values");
        string name = data.Fact ?? throw new KiDataException(path + ".fact", "A fact criterion needs 'fact', the name of a fact declared under 'facts'.",
            "Ein Kriterium 'fact' braucht 'fact', den Namen einer unter 'facts' erklärten Angabe.");
        Check(facts.TryGetValue(name, out FactDeclaration? fact), path + ".fact",
            $"The fact '{name}' is not declared; declare it under 'facts' with its name, type, label and unit.",
            $"Die Angabe '{name}' ist nicht erklärt; sie unter 'facts' mit Name, Art, Bezeichnung und Einheit erklären.");
        string op = data.Operator ?? throw new KiDataException(path + ".operator", $"A fact criterion needs 'operator', one of: {string.Join(", ", Comparisons)}.",
            $"Ein Kriterium 'fact' braucht 'operator', einen von: {string.Join(", ", Comparisons)}.");
        int comparison = Array.IndexOf(Comparisons, op);
        Check(comparison >= 0, path + ".operator", $"'{op}' is not an operator; the operators are: {string.Join(", ", Comparisons)}.",
            $"'{op}' ist kein Vergleich; die Vergleiche sind: {string.Join(", ", Comparisons)}.");
        IReadOnlyList<string> values = data.Values ?? throw new KiDataException(path + ".values", "A fact criterion needs 'values', such as [\"150\"].",
            "Ein Kriterium 'fact' braucht 'values', etwa [\"150\"].");
        Check(comparison == 5 ? values.Count > 0 : values.Count == 1, path + ".values", comparison == 5 ? "'one-of' needs at least one value." : $"'{op}' needs exactly one value.",
            comparison == 5 ? "'one-of' braucht mindestens einen Wert." : $"'{op}' braucht genau einen Wert.");
        Check(fact!.Type != FactType.Key || comparison is 2 or 5, path + ".operator", $"The key fact '{name}' can only be compared with equal-to or one-of.",
            $"Die Schlüssel-Angabe '{name}' lässt sich nur mit equal-to oder one-of vergleichen.");
        for (int i = 0; i < values.Count; i++)
        {
            Check(values[i] is not null && fact.IsValue(values[i]), $"{path}.values[{i}]", $"'{values[i]}' is not a value of the {FactCriterion.TypeName(fact.Type)} fact '{name}'.",
                $"'{values[i]}' ist kein Wert der Angabe '{name}' (Art {FactCriterion.TypeName(fact.Type)}).");
        }

        return new FactCriterion(fact, (FactComparison)(comparison + 1), values, reference);
    }

    public static CriterionData FromCriterion(Criterion criterion) => criterion switch
    {
        ApplicantKindCriterion c => new(c.Type, Kinds: c.Kinds, Reference: c.LegalReference),
        DirectApplicationCriterion c => new(c.Type, Kinds: c.Kinds, Reference: c.LegalReference),
        FactCriterion c => new(c.Type, Fact: c.Fact.Name, Operator: FactCriterion.ComparisonName(c.Comparison), Values: [.. c.Values], Reference: c.LegalReference),
        SeatCriterion c => new(c.Type, Districts: c.Districts.IsEmpty ? null : c.Districts, Regions: c.Regions.IsEmpty ? null : c.Regions, Reference: c.LegalReference),
        DeadlineCriterion c => new(c.Type, Day: c.Deadline?.Day, YearOffset: c.Deadline is { YearOffset: not 0 } o ? o.YearOffset : null, Reference: c.LegalReference),
        GrantRangeCriterion c => new(c.Type, Minimum: c.Minimum, Maximum: c.Maximum, Reference: c.LegalReference),
        OwnContributionCriterion c => new(c.Type, MinimumShare: c.MinimumShare / 1.000000000000000000000000000000000m, Reference: c.LegalReference),
        RouteCriterion c => new(c.Type, Routes: c.Routes, Reference: c.LegalReference),
        AllCriterion c => new(c.Type, Parts: [.. c.Parts.Select(FromCriterion)], Reference: c.LegalReference),
        AnyCriterion c => new(c.Type, Parts: [.. c.Parts.Select(FromCriterion)], Reference: c.LegalReference),
        NotCriterion c => new(c.Type, Part: FromCriterion(c.Part), Reference: c.LegalReference),
        _ => new(criterion.Type, Reference: criterion.LegalReference),
    };

    public static ImmutableDictionary<string, string> ToFacts(IReadOnlyDictionary<string, System.Text.Json.JsonElement>? facts, string path)
    {
        if (facts is null)
        {
            return ImmutableDictionary<string, string>.Empty;
        }

        var builder = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach ((string name, System.Text.Json.JsonElement value) in facts)
        {
            Check(FactDeclaration.IsName(name), $"{path}.{name}", $"'{name}' is not a fact name: letters, digits, '-' and '_', starting with a letter.",
                $"'{name}' ist kein Name einer Angabe: Buchstaben, Ziffern, '-' und '_', am Anfang ein Buchstabe.");
            builder[name] = value.ValueKind switch
            {
                System.Text.Json.JsonValueKind.Number => value.GetRawText(),
                System.Text.Json.JsonValueKind.String => value.GetString()!,
                _ => throw new KiDataException($"{path}.{name}", "A fact is a number or a text (a date as \"2016-03-01\", a key as \"05974040\").",
                    "Eine Angabe ist eine Zahl oder ein Text (ein Datum als \"2016-03-01\", ein Schlüssel als \"05974040\")."),
            };
        }

        return builder.ToImmutable();
    }

    /// <summary>A fact as JSON: a number where the text is a plain invariant number, otherwise a string.</summary>
    public static System.Text.Json.JsonElement FactElement(string text)
    {
        bool number = text.Length > 0 && decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal n)
            && string.Equals(n.ToString(CultureInfo.InvariantCulture), text, StringComparison.Ordinal);
        using var document = System.Text.Json.JsonDocument.Parse(number ? text : "\"" + System.Text.Json.JsonEncodedText.Encode(text, System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping).Value + "\"");
        return document.RootElement.Clone();
    }

    /// <summary>Throws a <see cref="KiDataException"/> at <paramref name="path"/> with the reason in English and German when the condition is false.</summary>
    public static void Check(bool condition, string path, string reason, string reasonGerman)
    {
        if (!condition)
        {
            throw new KiDataException(path, reason, reasonGerman);
        }
    }

    private static void Allow(CriterionData data, string path, params string[] allowed)
    {
        (string Name, bool Set)[] fields =
        [
            ("kinds", data.Kinds is not null), ("districts", data.Districts is not null), ("regions", data.Regions is not null),
            ("routes", data.Routes is not null), ("day", data.Day is not null), ("yearOffset", data.YearOffset is not null),
            ("minimum", data.Minimum is not null), ("maximum", data.Maximum is not null), ("minimumShare", data.MinimumShare is not null),
            ("parts", data.Parts is not null), ("part", data.Part is not null),
            ("fact", data.Fact is not null), ("operator", data.Operator is not null), ("values", data.Values is not null),
        ];
        foreach ((string name, bool set) in fields)
        {
            Check(!set || allowed.Contains(name), $"{path}.{name}", $"A '{data.Type}' criterion has no field '{name}'.", $"Ein Kriterium '{data.Type}' hat kein Feld '{name}'.");
        }
    }
}
