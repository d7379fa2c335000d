#pragma once

#include "chartfactory.h"

namespace tarmac {

class BandwidthModel;

/// Bits per second of every flow, or of every fabric with its capacity as a mark. Flows and
/// fabrics differ by orders of magnitude (one dataset a day against a fabric's training
/// traffic), so each part is a chart of its own with its own unit.
class BandwidthChart {
    Q_DECLARE_TR_FUNCTIONS(tarmac::BandwidthChart)
public:
    enum class Part { Flows, Fabrics };
    static void update(QChart *chart, const BandwidthModel &model, Part part,
                       const ChartActivate &activate = {});
};

} // namespace tarmac
