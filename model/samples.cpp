// The umbrella library dramatis_model holds no code of its own: it links every model library (see
// CMakeLists.txt) and embeds the sample articles under ":/samples".
