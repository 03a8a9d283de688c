using System.Collections.Immutable;
using Ki.Domain.Internal;
using Ki.Domain.Programmes;
using static Ki.Domain.Serialization.ProgrammesDocuments;

namespace Ki.Domain.Serialization;

/// <summary>JSON for grant calculations: a <see cref="GrantRequest"/> a portal stores or sends, and the <see cref="GrantResult"/> it gets back.</summary>
/// <remarks>
/// <para>
/// A request document holds the amounts as decimal strings, the unit counts as an object of decimal strings
/// (<c>{"specialist-post":"6"}</c>), the applicant kind as a code and the date as an ISO date. A result document holds
/// the outcome, the grant, the stable code, the German and English reason, the formula, every step with its source,
/// the rounding mode, and the whole funding line version it was calculated by, so that a stored decision explains
/// itself without the catalogue.
/// </para>
/// <para>
/// Every document carries <c>"schemaVersion": 1</c> and is read through <see cref="KiJson"/>; every problem is a
/// <see cref="KiDataException"/> with the JSON path. <c>Read(Write(x))</c> gives a value equal to <c>x</c> in every
/// property. Stateless; safe to call from many threads.
/// </para>
/// </remarks>
public static class GrantJson
{
    /// <summary>Writes a grant request; units are written in key order.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    public static byte[] Write(GrantRequest request)
    {
        Preconditions.CheckNotNull(request);
        var units = new SortedDictionary<string, decimal>(StringComparer.Ordinal);
        foreach (KeyValuePair<string, decimal> unit in request.Units)
        {
            units.Add(unit.Key, unit.Value);
        }

        var document = new GrantRequestDocument(
            JsonDocuments.SchemaVersion, request.EligibleCosts, request.OwnContribution, request.ThirdPartyFunds,
            units.Count == 0 ? null : units, request.ApplicantKind, request.On);
        return JsonDocuments.Write(document, KiJsonContext.Default.GrantRequestDocument);
    }

    /// <summary>Reads a grant request document.</summary>
    /// <param name="utf8Json">The document as UTF-8.</param>
    /// <param name="limits">The limits; <see langword="null"/> means <see cref="KiJsonLimits.Default"/>.</param>
    /// <returns>The request.</returns>
    /// <exception cref="KiDataException">The document is malformed, of another schema version or breaks a limit.</exception>
    public static GrantRequest ReadRequest(ReadOnlySpan<byte> utf8Json, KiJsonLimits? limits = null)
    {
        GrantRequestDocument d = JsonDocuments.Read(utf8Json, KiJsonContext.Default.GrantRequestDocument, limits, "grant request");
        return new GrantRequest(d.EligibleCosts)
        {
            OwnContribution = d.OwnContribution,
            ThirdPartyFunds = d.ThirdPartyFunds,
            Units = d.Units is null ? ImmutableDictionary<string, decimal>.Empty : d.Units.ToImmutableDictionary(StringComparer.Ordinal),
            ApplicantKind = d.ApplicantKind,
            On = d.On,
        };
    }

    /// <summary>Writes a grant result with the version it was calculated by.</summary>
    /// <param name="result">The result.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static byte[] Write(GrantResult result)
    {
        Preconditions.CheckNotNull(result);
        var document = new GrantResultDocument(
            JsonDocuments.SchemaVersion,
            result.LineId,
            result.On,
            result.Outcome,
            result.Grant,
            result.Code,
            ProgrammesMapping.From(result.Reason),
            result.Formula,
            result.Rounding,
            [.. result.Steps.Select(s => new StepData(s.Name, ProgrammesMapping.From(s.Text), s.Amount, ProgrammesMapping.From(s.Source)))],
            result.Version is null ? null : ProgrammesMapping.From(result.Version));
        return JsonDocuments.Write(document, KiJsonContext.Default.GrantResultDocument);
    }

    /// <summary>Reads a grant result document.</summary>
    /// <param name="utf8Json">The document as UTF-8.</param>
    /// <param name="limits">The limits; <see langword="null"/> means <see cref="KiJsonLimits.Default"/>.</param>
    /// <returns>The result.</returns>
    /// <exception cref="KiDataException">The document is malformed, of another schema version, breaks a limit or a rule of the model.</exception>
    public static GrantResult ReadResult(ReadOnlySpan<byte> utf8Json, KiJsonLimits? limits = null)
    {
        GrantResultDocument d = JsonDocuments.Read(utf8Json, KiJsonContext.Default.GrantResultDocument, limits, "grant result");
        FundingLineVersion? version = d.Version is null ? null : ProgrammesMapping.ToVersion(d.Version, "$.version");
        GrantStep[] steps = [.. d.Steps.Select((s, i) => ProgrammesMapping.Checked($"$.steps[{i}]",
            () => new GrantStep(s.Name, ProgrammesMapping.To(s.Text), s.Amount, ProgrammesMapping.ToSource(s.Source, $"$.steps[{i}].source"))))];
        return new GrantResult(d.LineId, d.On, version, d.Outcome, d.Grant, d.Code, ProgrammesMapping.To(d.Reason), d.Formula, [.. steps], d.Rounding);
    }
}
