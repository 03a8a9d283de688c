using System.Collections.Immutable;
using System.Globalization;
using Ki.Domain.Allocation;
using Ki.Domain.Internal;
using Ki.Domain.Money;
using static Ki.Domain.Serialization.AllocationDocuments;

namespace Ki.Domain.Serialization;

/// <summary>
/// JSON for the Allocation room: an <see cref="AllocationRequest"/> (budget, unit, bounds, recipients), the
/// <see cref="AllocationResult"/> that answers it, and an <see cref="ApportionmentResult"/>.
/// </summary>
/// <remarks>
/// <para>
/// Money is a decimal string with two decimals (<c>"131000.00"</c>), weights and seats decimal strings, exact quotas
/// and λ fractions of cents (<c>"8801/3"</c>, lossless), reasons a list of codes (<c>["floor","remainder"]</c>),
/// methods codes (<c>"hare-niemeyer"</c>, <c>"d-hondt"</c>, <c>"sainte-lague"</c>). A result document holds its
/// request, so a stored result explains itself; its lines name their recipient by id (name and weight repeated for
/// readers) and its <c>allocated</c> and <c>unallocated</c> totals must agree with the lines and the budget.
/// </para>
/// <para>
/// Every document carries <c>"schemaVersion": 1</c> and is read through <see cref="KiJson"/>; every problem, including
/// a result whose lines do not match its request, is a <see cref="KiDataException"/> with the JSON path.
/// <c>Read(Write(x))</c> gives a value equal to <c>x</c> in every property. Stateless; safe to call from many threads.
/// </para>
/// </remarks>
public static class AllocationJson
{
    private static readonly (AllocationReasons Flag, string Code)[] ReasonCodes =
        [.. Enum.GetValues<AllocationReasons>().Where(r => r != AllocationReasons.None).Select(r => (r, EnumCodes.ToCode(r)))];

    /// <summary>Writes an allocation request.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The document, <c>{"schemaVersion":1,"request":{...}}</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    public static byte[] Write(AllocationRequest request) =>
        JsonDocuments.Write(new AllocationRequestDocument(JsonDocuments.SchemaVersion, AllocationRequestData.From(Preconditions.CheckNotNull(request))), KiJsonContext.Default.AllocationRequestDocument);

    /// <summary>Reads an allocation request document.</summary>
    /// <param name="utf8Json">The document as UTF-8.</param>
    /// <param name="limits">The limits; <see langword="null"/> means <see cref="KiJsonLimits.Default"/>.</param>
    /// <returns>The request.</returns>
    /// <exception cref="KiDataException">The document is malformed, breaks a limit, or a rule of the request (no
    /// recipient, an id twice, a negative weight or bound, a unit that is not positive).</exception>
    public static AllocationRequest ReadRequest(ReadOnlySpan<byte> utf8Json, KiJsonLimits? limits = null) =>
        ToRequest(JsonDocuments.Read(utf8Json, KiJsonContext.Default.AllocationRequestDocument, limits, "allocation request").Request, "$.request");

    /// <summary>Writes an allocation result with its request.</summary>
    /// <param name="result">The result.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static byte[] Write(AllocationResult result)
    {
        Preconditions.CheckNotNull(result);
        var document = new AllocationResultDocument(
            JsonDocuments.SchemaVersion,
            AllocationRequestData.From(result.Request),
            result.Lambda,
            result.Allocated,
            result.Unallocated,
            [.. result.Lines.Select(l => new AllocationLineData(l.Id, l.Name, l.Weight, l.Quota, l.Amount, Codes(l.Reasons)))]);
        return JsonDocuments.Write(document, KiJsonContext.Default.AllocationResultDocument);
    }

    /// <summary>Reads an allocation result document.</summary>
    /// <param name="utf8Json">The document as UTF-8.</param>
    /// <param name="limits">The limits; <see langword="null"/> means <see cref="KiJsonLimits.Default"/>.</param>
    /// <returns>The result.</returns>
    /// <exception cref="KiDataException">The document is malformed or breaks a limit, its request breaks a rule, its
    /// lines are not the request's recipients in order, a line's amount is negative or not a multiple of the unit, the
    /// lines add up to more than the budget, or its totals disagree with the lines and the budget.</exception>
    public static AllocationResult ReadResult(ReadOnlySpan<byte> utf8Json, KiJsonLimits? limits = null)
    {
        AllocationResultDocument d = JsonDocuments.Read(utf8Json, KiJsonContext.Default.AllocationResultDocument, limits, "allocation result");
        AllocationRequest request = ToRequest(d.Request, "$.request");
        if (d.Lines.Count != request.Recipients.Length)
        {
            throw new KiDataException("$.lines", $"The result has {d.Lines.Count} lines, but its request has {request.Recipients.Length} recipients; each recipient has one line, in request order.",
                $"Das Ergebnis hat {d.Lines.Count} Zeilen, seine Anfrage aber {request.Recipients.Length} Empfänger; jeder Empfänger hat eine Zeile, in der Reihenfolge der Anfrage.");
        }

        var lines = ImmutableArray.CreateBuilder<AllocationLine>(d.Lines.Count);
        for (int i = 0; i < d.Lines.Count; i++)
        {
            AllocationLineData line = d.Lines[i];
            AllocationRecipient recipient = request.Recipients[i];
            string? field = !string.Equals(line.Id, recipient.Id, StringComparison.Ordinal) ? "id"
                : !string.Equals(line.Name, recipient.Name, StringComparison.Ordinal) ? "name"
                : line.Weight != recipient.Weight ? "weight"
                : null;
            if (field is not null)
            {
                throw new KiDataException($"$.lines[{i}].{field}", $"The line does not match the request's recipient {i + 1}, '{recipient.Id}'; each recipient has one line, in request order.",
                    $"Die Zeile passt nicht zum {i + 1}. Empfänger der Anfrage, '{recipient.Id}'; jeder Empfänger hat eine Zeile, in der Reihenfolge der Anfrage.");
            }

            if (line.Amount < Euro.Zero)
            {
                throw new KiDataException($"$.lines[{i}].amount", $"The amount {line.Amount} is negative; an allocation gives no recipient less than nothing.",
                    string.Create(TextFormats.German, $"Der Betrag {line.Amount} ist negativ; eine Verteilung gibt keinem Empfänger weniger als nichts."));
            }

            if (line.Amount.Cents % request.Unit.Cents != 0)
            {
                throw new KiDataException($"$.lines[{i}].amount", $"The amount {line.Amount} is not a whole multiple of the request's unit {request.Unit}.",
                    string.Create(TextFormats.German, $"Der Betrag {line.Amount} ist kein ganzzahliges Vielfaches der Rundungseinheit {request.Unit} der Anfrage."));
            }

            lines.Add(new AllocationLine(recipient, line.Quota, line.Amount, Reasons(line.Reasons, $"$.lines[{i}].reasons")));
        }

        // Summed in 128 bits: lines that add up past the largest amount are a wrong document, not an overflow.
        Int128 cents = 0;
        foreach (AllocationLine line in lines)
        {
            cents += line.Amount.Cents;
        }

        if (cents > request.Budget.Cents)
        {
            throw new KiDataException("$.lines", $"The lines add up to more than the budget {request.Budget}; a result allocates at most its budget.",
                string.Create(TextFormats.German, $"Die Zeilen ergeben mehr als das Budget {request.Budget}; ein Ergebnis verteilt höchstens sein Budget."));
        }

        Euro sum = Euro.FromCents((long)cents);
        if (sum != d.Allocated)
        {
            throw new KiDataException("$.allocated", $"The allocated total {d.Allocated} is not the sum of the lines, {sum}.",
                string.Create(TextFormats.German, $"Die verteilte Summe {d.Allocated} ist nicht die Summe der Zeilen, {sum}."));
        }

        var result = new AllocationResult(request, d.Lambda, lines.MoveToImmutable(), d.Allocated);
        return result.Unallocated == d.Unallocated
            ? result
            : throw new KiDataException("$.unallocated", $"The unallocated rest {d.Unallocated} is not the budget less the allocated total, {result.Unallocated}.",
                string.Create(TextFormats.German, $"Der nicht verteilte Rest {d.Unallocated} ist nicht das Budget abzüglich der verteilten Summe, {result.Unallocated}."));
    }

    /// <summary>Writes an apportionment result.</summary>
    /// <param name="result">The result.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static byte[] Write(ApportionmentResult result)
    {
        Preconditions.CheckNotNull(result);
        var document = new ApportionmentResultDocument(
            JsonDocuments.SchemaVersion,
            result.Method,
            result.Seats,
            result.Unit,
            result.HasTie,
            [.. result.Lines.Select(l => new ApportionmentLineData(RecipientData.From(l.Recipient), l.Units, l.Seats, l.IsTie))]);
        return JsonDocuments.Write(document, KiJsonContext.Default.ApportionmentResultDocument);
    }

    /// <summary>Reads an apportionment result document.</summary>
    /// <param name="utf8Json">The document as UTF-8.</param>
    /// <param name="limits">The limits; <see langword="null"/> means <see cref="KiJsonLimits.Default"/>.</param>
    /// <returns>The result.</returns>
    /// <exception cref="KiDataException">The document is malformed, breaks a limit, or a recipient breaks a rule; or
    /// its lines are not what its method gives for its seats, unit and recipients (negative seats, lines that do not add
    /// up, seats or tie flags the method does not give).</exception>
    public static ApportionmentResult ReadApportionment(ReadOnlySpan<byte> utf8Json, KiJsonLimits? limits = null)
    {
        ApportionmentResultDocument d = JsonDocuments.Read(utf8Json, KiJsonContext.Default.ApportionmentResultDocument, limits, "apportionment result");
        AllocationRecipient[] recipients = [.. d.Lines.Select((l, i) => ToRecipient(l.Recipient, $"$.lines[{i}].recipient"))];
        if (recipients.Length == 0)
        {
            throw new KiDataException("$.lines", "The result has no lines; an apportionment has at least one recipient.",
                "Das Ergebnis hat keine Zeilen; eine Sitzverteilung hat mindestens einen Empfänger.");
        }

        // The document claims to be the method's result: it is computed again and must agree line by line, so a
        // stored result with negative seats, lines that do not add up or seats the method does not give is refused.
        ApportionmentResult computed = ProgrammesMapping.Checked("$", () => Apportioner.Apportion(d.Method, d.Seats, recipients, d.Unit));
        for (int i = 0; i < recipients.Length; i++)
        {
            ApportionmentLineData line = d.Lines[i];
            ApportionmentLine expected = computed.Lines[i];
            if (line.Units != expected.Units || line.Seats != expected.Seats)
            {
                throw new KiDataException($"$.lines[{i}].seats", string.Create(CultureInfo.InvariantCulture,
                    $"The line gives '{expected.Id}' {line.Seats} seats ({line.Units} units); {MethodName(d.Method)} gives it {expected.Seats} ({expected.Units} units) of the {d.Seats} seats."),
                    string.Create(TextFormats.German, $"Die Zeile gibt '{expected.Id}' {line.Seats} Sitze ({line.Units} Einheiten); {MethodName(d.Method)} gibt ihm {expected.Seats} ({expected.Units} Einheiten) der {d.Seats} Sitze."));
            }

            if (line.IsTie != expected.IsTie)
            {
                throw new KiDataException($"$.lines[{i}].isTie", $"The line's tie flag is {(line.IsTie ? "set" : "not set")}, but {MethodName(d.Method)} {(expected.IsTie ? "leaves" : "does not leave")} a tie open at '{expected.Id}'.",
                    $"Die Zeile ist {(line.IsTie ? "als Gleichstand markiert" : "nicht als Gleichstand markiert")}, aber {MethodName(d.Method)} lässt bei '{expected.Id}' {(expected.IsTie ? "einen" : "keinen")} Gleichstand offen.");
            }
        }

        return d.HasTie == computed.HasTie
            ? computed
            : throw new KiDataException("$.hasTie", $"The result's tie flag is {(d.HasTie ? "set" : "not set")}, but {MethodName(d.Method)} {(computed.HasTie ? "leaves" : "does not leave")} a tie open.",
                $"Das Ergebnis ist {(d.HasTie ? "als Gleichstand markiert" : "nicht als Gleichstand markiert")}, aber {MethodName(d.Method)} lässt {(computed.HasTie ? "einen" : "keinen")} Gleichstand offen.");
    }

    private static string MethodName(ApportionmentMethod method) => method switch
    {
        ApportionmentMethod.DHondt => "D'Hondt",
        ApportionmentMethod.SainteLague => "Sainte-Laguë/Schepers",
        _ => "Hare-Niemeyer",
    };

    private static AllocationRequest ToRequest(AllocationRequestData data, string path)
    {
        AllocationRecipient[] recipients = [.. data.Recipients.Select((r, i) => ToRecipient(r, $"{path}.recipients[{i}]"))];
        return ProgrammesMapping.Checked(path, () => AllocationRequest.Of(data.Budget, recipients)
            .WithUnit(data.Unit)
            .WithBase(data.Base)
            .WithFloor(data.Floor)
            .WithCap(data.Cap));
    }

    private static AllocationRecipient ToRecipient(RecipientData data, string path) =>
        ProgrammesMapping.Checked(path, () => new AllocationRecipient(data.Id, data.Weight, data.Name)
            .WithBase(data.Base)
            .WithFloor(data.Floor)
            .WithCap(data.Cap)
            .WithDemand(data.Demand));

    private static string[]? Codes(AllocationReasons reasons)
    {
        string[] codes = [.. ReasonCodes.Where(r => reasons.HasFlag(r.Flag)).Select(r => r.Code)];
        return codes.Length == 0 ? null : codes;
    }

    private static AllocationReasons Reasons(IReadOnlyList<string>? codes, string path)
    {
        AllocationReasons reasons = AllocationReasons.None;
        for (int i = 0; i < (codes?.Count ?? 0); i++)
        {
            (AllocationReasons flag, string code) = ReasonCodes.FirstOrDefault(r => string.Equals(r.Code, codes![i], StringComparison.Ordinal));
            if (code is null || reasons.HasFlag(flag))
            {
                throw new KiDataException($"{path}[{i}]", $"'{codes![i]}' is not a reason or is listed twice: expected each of {string.Join(", ", ReasonCodes.Select(r => r.Code))} at most once.",
                    $"'{codes![i]}' ist kein Grund oder steht zweimal da: erwartet wird jeder von {string.Join(", ", ReasonCodes.Select(r => r.Code))} höchstens einmal.");
            }

            reasons |= flag;
        }

        return reasons;
    }
}
