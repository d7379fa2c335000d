#pragma once

#include "chartfactory.h"

namespace tarmac {

class GrowthModel;

/// Storage growth: physical bytes per storage component over the months, its capacity dashed,
/// and a marker at the month it runs out.
class GrowthChart {
    Q_DECLARE_TR_FUNCTIONS(tarmac::GrowthChart)
public:
    static void update(QChart *chart, const GrowthModel &model, const ChartActivate &activate = {});
};

} // namespace tarmac
