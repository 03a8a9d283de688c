using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc;

namespace Ki.Domain.SampleHost;

/// <summary>
/// The host's own JSON: only the problem details and their extension values. Bodies are Ki.Domain's documents,
/// written by the library's source-generated writers.
/// </summary>
[JsonSerializable(typeof(ProblemDetails))]
[JsonSerializable(typeof(string))]
internal sealed partial class SampleHostJsonContext : JsonSerializerContext;
