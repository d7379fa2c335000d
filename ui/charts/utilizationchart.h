#pragma once

#include "chartfactory.h"

namespace tarmac {

class UtilizationModel;

/// Demand against capacity: a horizontal bar per component and resource in percent, coloured by
/// band (≤ 80 %, ≤ 100 %, above), with reference lines at 80 % and 100 %.
class UtilizationChart {
    Q_DECLARE_TR_FUNCTIONS(tarmac::UtilizationChart)
public:
    static void update(QChart *chart, const UtilizationModel &model,
                       const ChartActivate &activate = {});
};

} // namespace tarmac
