// The per-room names that the Allocation, Award, Settlement, Catalogue and Gazetteer readers still use: each is the one
// KiJsonContext. Once those files say KiJsonContext.Default, this file goes.
global using AllocationJsonContext = Ki.Domain.Serialization.KiJsonContext;
global using EligibilityJsonContext = Ki.Domain.Serialization.KiJsonContext;
global using PlacesJsonContext = Ki.Domain.Serialization.KiJsonContext;
global using ProgrammesJsonContext = Ki.Domain.Serialization.KiJsonContext;
global using SettlementJsonContext = Ki.Domain.Serialization.KiJsonContext;
