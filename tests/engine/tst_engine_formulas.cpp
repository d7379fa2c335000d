// The requirements engine against the formulas of shared/design/ENGINE.md and the published
// figures of docs/published-figures.md (case ids TF-, GH-, ZR-, WB-, KV-, MS-, SP-, NW-).
//
// Every expected value is written out as a number (worked by hand or with exact arithmetic),
// not recomputed with the engine's own formula. Parameters are given in base units:
// bytes, bytes/s, seconds (also for *Hours, retentionDays and deadlineHours).

#include "engine/engine.h"
#include "engine/result.h"
#include "enginebuilders.h"
#include "model/project.h"

#include <QObject>
#include <QTest>
#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;
using namespace tarmac;
using namespace tarmac::testing;

namespace {

bool hasCode(const EngineResult &r, const QString &code)
{
    return std::any_of(r.findings.begin(), r.findings.end(),
                       [&](const Finding &f) { return f.code == code; });
}

} // namespace

class TestEngineFormulas : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void trainingFlops_data();
    void trainingFlops();
    void gpuHours_data();
    void gpuHours();
    void zero_data();
    void zero();
    void weights_data();
    void weights();
    void kvCache_data();
    void kvCache();
    void kvCacheSlidingWindowRatio();
    void mlperfStorage_data();
    void mlperfStorage();
    void storageProtection_data();
    void storageProtection();
    void tcpGoodput_data();
    void tcpGoodput();
    void flowVersions_data();
    void flowVersions();
    void storageGrowth_data();
    void storageGrowth();
    void servingLlm_data();
    void servingLlm();
    void stageFormulas_data();
    void stageFormulas();
};

void TestEngineFormulas::initTestCase()
{
    // Everything below needs the compiled-in catalog (resources/catalog/*.json).
    QVERIFY2(Catalog::builtin().accelerator(u"nvidia-h100-sxm"_s),
             "the built-in catalog did not load: are the core's resources linked into the test?");
    QVERIFY(Catalog::builtin().accelerator(u"nvidia-a100-80gb"_s));
    QVERIFY(Catalog::builtin().profile(u"unet3d"_s));
}

// ---- 1. trainingFlops = 6·N·D --------------------------------------------------------------

void TestEngineFormulas::trainingFlops_data()
{
    QTest::addColumn<double>("n");
    QTest::addColumn<double>("d");
    QTest::addColumn<QString>("gpu");
    QTest::addColumn<double>("formula");      // 6ND, exact
    QTest::addColumn<double>("published");    // the paper's figure
    QTest::addColumn<double>("publishedTol"); // relative

    const QString a100 = u"nvidia-a100-80gb"_s;
    // published-figures.md §1. TF-1 uses 0.005: "GPT-3 is the tightest anchor".
    QTest::newRow("TF-1 GPT-3 175B, N = 174.6B, 6ND vs 3.14e23 (Brown et al. 2020 Table D.1)")
        << 174.6e9 << 300e9 << a100 << 3.1428e23 << 3.14e23 << 0.005;
    QTest::newRow("TF-2 GPT-3 175B nominal N, 6ND vs 3.14e23 (Brown et al. 2020 Table 2.1, D.1)")
        << 175e9 << 300e9 << a100 << 3.15e23 << 3.14e23 << 0.03;
    QTest::newRow("TF-3 Chinchilla 70B, 1.4T tokens vs 5.76e23 (Hoffmann et al. 2022 Table 3)")
        << 70e9 << 1.4e12 << a100 << 5.88e23 << 5.76e23 << 0.03;
    QTest::newRow("TF-4 PaLM 540B, 780B tokens vs 2.56e24 (Chowdhery et al. 2022)")
        << 540e9 << 780e9 << a100 << 2.5272e24 << 2.56e24 << 0.03;
    QTest::newRow("TF-5 Llama 3 405B, 15.6T tokens vs 3.8e25 (Llama Team 2024 sec. 1)")
        << 405e9 << 15.6e12 << a100 << 3.7908e25 << 3.8e25 << 0.03;
    QTest::newRow("TF-6 LLaMA-65B, 1.4T tokens (Touvron et al. 2023 Table 2)")
        << 65.2e9 << 1.4e12 << a100 << 5.4768e23 << 5.4768e23 << 0.0;
    QTest::newRow("TF-7 Llama 2 70B, 2.0T tokens (meta-llama/llama MODEL_CARD.md)")
        << 70e9 << 2.0e12 << a100 << 8.4e23 << 8.4e23 << 0.0;
    QTest::newRow("TF-8 BLOOM 176B, 366B tokens (BigScience 2022, arXiv:2211.05100)")
        << 176e9 << 366e9 << a100 << 3.86496e23 << 3.86496e23 << 0.0;
    QTest::newRow("TF-9 Llama 3.1 405B on H100 vs 3.8e25 (Llama Team 2024 sec. 1)")
        << 405e9 << 15.6e12 << u"nvidia-h100-sxm"_s << 3.7908e25 << 3.8e25 << 0.03;
}

void TestEngineFormulas::trainingFlops()
{
    QFETCH(double, n);
    QFETCH(double, d);
    QFETCH(QString, gpu);
    QFETCH(double, formula);
    QFETCH(double, published);
    QFETCH(double, publishedTol);

    const Project p = gpuProject(
        u"training"_s, params({{"modelParams", number(n)}, {"trainingTokens", number(d)}}), gpu);
    const EngineResult r = computeRequirements(p);
    const double flops = r.stages.at(0).value("trainingFlops");
    // 6ND is a product of three numbers in double: allow one rounding step.
    CHECK_CLOSE("trainingFlops vs 6ND", flops, formula, 1e-15);
    CHECK_CLOSE("trainingFlops vs published", flops, published, publishedTol);
}

// ---- 2. gpuHours = 6ND / (peak × mfu) / 3600 ----------------------------------------------

void TestEngineFormulas::gpuHours_data()
{
    QTest::addColumn<double>("n");
    QTest::addColumn<double>("d");
    QTest::addColumn<QString>("gpu");
    QTest::addColumn<double>("mfu");
    QTest::addColumn<double>("gpuCount"); // NaN: not set
    QTest::addColumn<double>("deadline"); // seconds; NaN: not set
    QTest::addColumn<QString>("key");
    QTest::addColumn<double>("formula"); // ENGINE.md formula value, hand-computed
    QTest::addColumn<double>("formulaTol");
    QTest::addColumn<double>("published");
    QTest::addColumn<double>("publishedTol");

    const QString a100 = u"nvidia-a100-80gb"_s;
    const QString hours = u"gpuHours"_s;
    // published-figures.md §2: mfu implied by the published hours, rounded to 3 decimals;
    // formula values to 4 decimals (relative 1e-9), published hours within 1 %.
    QTest::newRow("GH-1 LLaMA-7B on A100, mfu 0.434 (Touvron et al. 2023 Table 15)")
        << 6.7e9 << 1.0e12 << a100 << 0.434 << kNaN << kNaN << hours << 82466.8163 << 1e-8
        << 82432.0 << 0.01;
    QTest::newRow("GH-2 LLaMA-13B on A100, mfu 0.514 (Touvron et al. 2023 Table 15)")
        << 13.0e9 << 1.0e12 << a100 << 0.514 << kNaN << kNaN << hours << 135105.9230 << 1e-8
        << 135168.0 << 0.01;
    QTest::newRow("GH-3 LLaMA-33B on A100, mfu 0.458 (Touvron et al. 2023 Table 15)")
        << 32.5e9 << 1.4e12 << a100 << 0.458 << kNaN << kNaN << hours << 530688.9859 << 1e-8
        << 530432.0 << 0.01;
    QTest::newRow("GH-4 LLaMA-65B on A100, mfu 0.477 (Touvron et al. 2023 Table 15)")
        << 65.2e9 << 1.4e12 << a100 << 0.477 << kNaN << kNaN << hours << 1022236.5568 << 1e-8
        << 1022362.0 << 0.01;
    QTest::newRow(
        "GH-5 Llama 2 7B on A100, mfu 0.406 (Llama 2 MODEL_CARD.md; Touvron et al. 2023b Table 2)")
        << 7e9 << 2.0e12 << a100 << 0.406 << kNaN << kNaN << hours << 184202.7704 << 1e-8
        << 184320.0 << 0.01;
    QTest::newRow("GH-6 Llama 2 13B on A100, mfu 0.377 (Llama 2 MODEL_CARD.md)")
        << 13e9 << 2.0e12 << a100 << 0.377 << kNaN << kNaN << hours << 368405.5408 << 1e-8
        << 368640.0 << 0.01;
    QTest::newRow("GH-7 Llama 2 70B on A100, mfu 0.435 (Llama 2 MODEL_CARD.md)")
        << 70e9 << 2.0e12 << a100 << 0.435 << kNaN << kNaN << hours << 1719225.8572 << 1e-8
        << 1720320.0 << 0.01;
    QTest::newRow("GH-8 BLOOM 176B on A100, mfu 0.318 (BigScience 2022 sec. 3.4.1)")
        << 176e9 << 366e9 << a100 << 0.318 << kNaN << kNaN << hours << 1082083.5349 << 1e-8
        << 1082990.0 << 0.01;
    QTest::newRow("GH-9 Llama 3.1 405B on H100, mfu 0.345 (llama-models Llama 3.1 MODEL_CARD.md)")
        << 405e9 << 15.6e12 << u"nvidia-h100-sxm"_s << 0.345 << kNaN << kNaN << hours
        << 30861212.4676 << 1e-8 << 30.84e6 << 0.01;
    // GH-10: 1,022,236.5568 h / 2048 GPUs = 499.1389 h; "approximately 21 days" = 504 h.
    QTest::newRow(
        "GH-10 LLaMA-65B on 2048 A100, wall-clock ~21 days (Touvron et al. 2023 sec. 2.4)")
        << 65.2e9 << 1.4e12 << a100 << 0.477 << 2048.0 << kNaN << u"durationHours"_s
        << 499.1389437635507 << 1e-9 << 21.0 * 24 << 0.02;
    // GH-11: 1.4e12 / (499.1389 × 3600) = 779,119.5 tokens/s; 380 tokens/s/GPU × 2048 = 778,240.
    QTest::newRow("GH-11 LLaMA-65B token rate ~380 tokens/s/GPU (Touvron et al. 2023 sec. 2.4)")
        << 65.2e9 << 1.4e12 << a100 << 0.477 << 2048.0 << kNaN << u"tokensPerSecond"_s
        << 779119.509202454 << 1e-9 << 380.0 * 2048 << 0.01;
    // Deadline: ⌈1,022,236.5568 h / 504 h⌉ = ⌈2028.25⌉ = 2029 GPUs; the paper used 2048.
    QTest::newRow(
        "GH-4 with a 21-day deadline needs 2029 GPUs, paper 2048 (Touvron et al. 2023 sec. 2.4)")
        << 65.2e9 << 1.4e12 << a100 << 0.477 << kNaN << 504.0 * kHour << u"gpusNeeded"_s << 2029.0
        << 0.0 << 2048.0 << 0.01;
}

void TestEngineFormulas::gpuHours()
{
    QFETCH(double, n);
    QFETCH(double, d);
    QFETCH(QString, gpu);
    QFETCH(double, mfu);
    QFETCH(double, gpuCount);
    QFETCH(double, deadline);
    QFETCH(QString, key);
    QFETCH(double, formula);
    QFETCH(double, formulaTol);
    QFETCH(double, published);
    QFETCH(double, publishedTol);

    Params sp = params({{"modelParams", number(n)},
                        {"trainingTokens", number(d)},
                        {"precision", word("bf16")},
                        {"mfu", number(mfu)}});
    setIf(sp, "gpuCount", gpuCount);
    setIf(sp, "deadlineHours", deadline);
    const Project p =
        gpuProject(u"training"_s, sp, gpu, std::isnan(gpuCount) ? 1 : hostsFor(gpuCount));
    const EngineResult r = computeRequirements(p);
    const double value = r.stages.at(0).value(key.toLatin1().constData());
    CHECK_CLOSE("formula value", value, formula, formulaTol);
    CHECK_CLOSE("published value", value, published, publishedTol);
}

// ---- 3. ZeRO model states per GPU ---------------------------------------------------------

void TestEngineFormulas::zero_data()
{
    QTest::addColumn<double>("psi");
    QTest::addColumn<double>("nd");
    QTest::addColumn<int>("zeroStage");
    QTest::addColumn<double>("formula"); // exact (2+2+K)Ψ etc., K = 12
    QTest::addColumn<double>("published");
    QTest::addColumn<double>("publishedTol");

    // ENGINE.md "Published figures to test against": 7.5B, N_d = 64; GB = 1e9 B; 2 %.
    QTest::newRow("7.5B Nd=64 stage 0: 120 GB (ENGINE.md; Rajbhandari et al. 2019 sec. 5.2)")
        << 7.5e9 << 64.0 << 0 << 120e9 << 120e9 << 0.02;
    QTest::newRow("7.5B Nd=64 stage 1: 31.4 GB (ENGINE.md; Rajbhandari et al. 2019 Fig. 1)")
        << 7.5e9 << 64.0 << 1 << 31.40625e9 << 31.4e9 << 0.02;
    QTest::newRow("7.5B Nd=64 stage 2: 16.6 GB (ENGINE.md; Rajbhandari et al. 2019 Fig. 1)")
        << 7.5e9 << 64.0 << 2 << 16.640625e9 << 16.6e9 << 0.02;
    QTest::newRow("7.5B Nd=64 stage 3: 1.9 GB (ENGINE.md; Rajbhandari et al. 2019 Fig. 1)")
        << 7.5e9 << 64.0 << 3 << 1.875e9 << 1.9e9 << 0.02;

    // published-figures.md §3: ZeRO paper Table 1 (arXiv:1910.02054), tolerance 0.005.
    struct Cell {
        const char *name;
        double psi, nd;
        int stage;
        double formula, published, tol;
    };
    const Cell cells[] = {
        {"ZR-1 7.5B Nd=4 stage 1", 7.5e9, 4, 1, 52.5e9, 52.5e9, 0.005},
        {"ZR-1 7.5B Nd=4 stage 2", 7.5e9, 4, 2, 41.25e9, 41.3e9, 0.005},
        {"ZR-1 7.5B Nd=4 stage 3", 7.5e9, 4, 3, 30.0e9, 30e9, 0.005},
        {"ZR-2 7.5B Nd=16 stage 1", 7.5e9, 16, 1, 35.625e9, 35.6e9, 0.005},
        {"ZR-2 7.5B Nd=16 stage 2", 7.5e9, 16, 2, 21.5625e9, 21.6e9, 0.005},
        {"ZR-2 7.5B Nd=16 stage 3", 7.5e9, 16, 3, 7.5e9, 7.5e9, 0.005},
        {"ZR-3 7.5B Nd=256 stage 1", 7.5e9, 256, 1, 30.3515625e9, 30.4e9, 0.005},
        {"ZR-3 7.5B Nd=256 stage 2", 7.5e9, 256, 2, 15.41015625e9, 15.4e9, 0.005},
        {"ZR-3 7.5B Nd=256 stage 3", 7.5e9, 256, 3, 0.46875e9, 0.47e9, 0.005},
        {"ZR-4 128B Nd=64 stage 1", 128e9, 64, 1, 536e9, 536e9, 0.0},
        {"ZR-4 128B Nd=64 stage 2", 128e9, 64, 2, 284e9, 284e9, 0.0},
        {"ZR-4 128B Nd=64 stage 3", 128e9, 64, 3, 32e9, 32e9, 0.0},
        {"ZR-5 128B Nd=1024 stage 1", 128e9, 1024, 1, 513.5e9, 513e9, 0.005},
        {"ZR-5 128B Nd=1024 stage 2", 128e9, 1024, 2, 257.75e9, 257e9, 0.005},
        {"ZR-5 128B Nd=1024 stage 3", 128e9, 1024, 3, 2.0e9, 2e9, 0.005},
        {"ZR-6 1T Nd=16 stage 1", 1e12, 16, 1, 4750e9, 4750e9, 0.0},
        {"ZR-6 1T Nd=16 stage 2", 1e12, 16, 2, 2875e9, 2875e9, 0.0},
        {"ZR-6 1T Nd=16 stage 3", 1e12, 16, 3, 1000e9, 1000e9, 0.0},
        {"ZR-7 1T Nd=1024 stage 1", 1e12, 1024, 1, 4011.71875e9, 4011e9, 0.005},
        {"ZR-7 1T Nd=1024 stage 2", 1e12, 1024, 2, 2013.671875e9, 2013e9, 0.005},
        {"ZR-7 1T Nd=1024 stage 3", 1e12, 1024, 3, 15.625e9, 15.6e9, 0.005},
        {"ZR-8 1T Nd=1 baseline stage 1", 1e12, 1, 1, 16000e9, 16000e9, 0.0},
        {"ZR-8 1T Nd=1 baseline stage 2", 1e12, 1, 2, 16000e9, 16000e9, 0.0},
        {"ZR-8 1T Nd=1 baseline stage 3", 1e12, 1, 3, 16000e9, 16000e9, 0.0},
    };
    for (const Cell &c : cells) {
        const QByteArray name =
            QByteArray(c.name) + " (Rajbhandari et al. 2019, ZeRO, arXiv:1910.02054 Table 1)";
        QTest::newRow(name.constData())
            << c.psi << c.nd << c.stage << c.formula << c.published << c.tol;
    }
    QTest::newRow("ZR-9 7.5B Nd=64 stage 2: \"only 16.6 GB\" (Rajbhandari et al. 2019 sec. 5.2)")
        << 7.5e9 << 64.0 << 2 << 16.640625e9 << 16.6e9 << 0.005;
}

void TestEngineFormulas::zero()
{
    QFETCH(double, psi);
    QFETCH(double, nd);
    QFETCH(int, zeroStage);
    QFETCH(double, formula);
    QFETCH(double, published);
    QFETCH(double, publishedTol);

    // modelParallel 1, so Ψ = N and N_d = gpuCount; the cluster has at least N_d GPUs.
    const Params sp = params({{"modelParams", number(psi)},
                              {"trainingTokens", number(1e9)},
                              {"gpuCount", number(nd)},
                              {"modelParallel", number(1)},
                              {"zeroStage", number(zeroStage)},
                              {"optimizerBytesPerParam", number(12)},
                              {"activationBytesPerGpu", number(0)}});
    const Project p = gpuProject(u"training"_s, sp, u"nvidia-h100-sxm"_s, hostsFor(nd));
    const EngineResult r = computeRequirements(p);
    const StageResult &s = r.stages.at(0);
    QCOMPARE(s.value("gpusNeeded"), nd);
    const double states = s.value("modelStateBytesPerGpu");
    CHECK_CLOSE("modelStateBytesPerGpu vs formula", states, formula, 1e-12);
    CHECK_CLOSE("modelStateBytesPerGpu vs published", states, published, publishedTol);
    // No activations: the memory per GPU is the model states.
    CHECK_CLOSE("memoryPerGpuBytes", s.value("memoryPerGpuBytes"), states, 0.0);
}

// ---- 4. weights and KV cache ---------------------------------------------------------------

void TestEngineFormulas::weights_data()
{
    QTest::addColumn<double>("n");
    QTest::addColumn<QString>("precision");
    QTest::addColumn<double>("expected");

    // published-figures.md §4, exact. N from the HF config.json files.
    QTest::newRow("WB-1 Llama 2 7B bf16 (meta-llama/Llama-2-7b-hf config.json)")
        << 6738415616.0 << u"bf16"_s << 13476831232.0;
    QTest::newRow("WB-2 Llama 2 70B bf16 (meta-llama/Llama-2-70b-hf config.json)")
        << 68976648192.0 << u"bf16"_s << 137953296384.0;
    // ENGINE.md serving table: fp32 4 B, fp16 2 B, fp8/int8 1 B, int4/fp4 0.5 B per parameter.
    QTest::newRow("Llama 2 70B fp32, 4 B/param (ENGINE.md serving)")
        << 68976648192.0 << u"fp32"_s << 275906592768.0;
    QTest::newRow("Llama 2 70B fp16, 2 B/param (ENGINE.md serving)")
        << 68976648192.0 << u"fp16"_s << 137953296384.0;
    QTest::newRow("Llama 2 70B fp8, 1 B/param (ENGINE.md serving)")
        << 68976648192.0 << u"fp8"_s << 68976648192.0;
    QTest::newRow("Llama 2 70B int8, 1 B/param (ENGINE.md serving)")
        << 68976648192.0 << u"int8"_s << 68976648192.0;
    QTest::newRow("Llama 2 70B int4, 0.5 B/param (ENGINE.md serving)")
        << 68976648192.0 << u"int4"_s << 34488324096.0;
    QTest::newRow("Llama 2 70B fp4, 0.5 B/param (ENGINE.md serving)")
        << 68976648192.0 << u"fp4"_s << 34488324096.0;
}

void TestEngineFormulas::weights()
{
    QFETCH(double, n);
    QFETCH(QString, precision);
    QFETCH(double, expected);

    Params sp = params({{"modelParams", number(n)}});
    sp.insert(u"weightPrecision"_s, ParamValue::fromText(precision));
    const Project p = gpuProject(u"serving"_s, sp, u"nvidia-h100-sxm"_s);
    const EngineResult r = computeRequirements(p);
    CHECK_CLOSE("weightsBytes", r.stages.at(0).value("weightsBytes"), expected, 0.0);
}

void TestEngineFormulas::kvCache_data()
{
    QTest::addColumn<double>("layers");
    QTest::addColumn<double>("kvHeads");
    QTest::addColumn<double>("headDim");
    QTest::addColumn<double>("contextTokens");
    QTest::addColumn<double>("sequences");
    QTest::addColumn<QString>("kvPrecision");
    QTest::addColumn<double>("expected"); // exact bytes
    QTest::addColumn<double>("published");
    QTest::addColumn<double>("publishedTol");

    // published-figures.md §5: 2 · layers · kvHeads · headDim · bytes · tokens · sequences.
    const QString bf16 = u"bf16"_s;
    QTest::newRow("KV-1 Llama 2 7B, 4096 tokens, 2 GiB (NVIDIA, Mastering LLM Techniques: "
                  "Inference Optimization)")
        << 32.0 << 32.0 << 128.0 << 4096.0 << 1.0 << bf16 << 2147483648.0 << 2147483648.0 << 0.0;
    QTest::newRow("KV-1 Llama 2 7B, fp16 kvPrecision (NVIDIA, Mastering LLM Techniques)")
        << 32.0 << 32.0 << 128.0 << 4096.0 << 1.0 << u"fp16"_s << 2147483648.0 << 2147483648.0
        << 0.0;
    QTest::newRow("KV-2 Llama 2 70B GQA, 4096 tokens (meta-llama/Llama-2-70b-hf config.json)")
        << 80.0 << 8.0 << 128.0 << 4096.0 << 1.0 << bf16 << 1342177280.0 << 1342177280.0 << 0.0;
    QTest::newRow("KV-3 Mistral 7B, window 4096 (Jiang et al. 2023 Table 1)")
        << 32.0 << 8.0 << 128.0 << 4096.0 << 1.0 << bf16 << 536870912.0 << 536870912.0 << 0.0;
    QTest::newRow(
        "KV-4 Mistral 7B, full 32k context (Jiang et al. 2023 sec. 2 Rolling Buffer Cache)")
        << 32.0 << 8.0 << 128.0 << 32768.0 << 1.0 << bf16 << 4294967296.0 << 4294967296.0 << 0.0;
    QTest::newRow(
        "KV-5 Llama 3 8B, 8192 tokens (llama-models sku_list.py; arXiv:2407.21783 Table 3)")
        << 32.0 << 8.0 << 128.0 << 8192.0 << 1.0 << bf16 << 1073741824.0 << 1073741824.0 << 0.0;
    QTest::newRow("KV-6 Llama 3 70B, 8192 tokens (llama-models sku_list.py)")
        << 80.0 << 8.0 << 128.0 << 8192.0 << 1.0 << bf16 << 2684354560.0 << 2684354560.0 << 0.0;
    QTest::newRow("KV-7 Llama 3.1 405B, 128K tokens, 63 GiB (llama-models llama3_1 sku_list.py)")
        << 126.0 << 8.0 << 128.0 << 131072.0 << 1.0 << bf16 << 67645734912.0 << 63 * kGiB << 0.0;
    QTest::newRow("KV-8 GPT-3 175B, 2048 tokens, 9 GiB (Brown et al. 2020 Table 2.1)")
        << 96.0 << 96.0 << 128.0 << 2048.0 << 1.0 << bf16 << 9663676416.0 << 9 * kGiB << 0.0;
    QTest::newRow("KV-9 OPT-13B, one token, 800 KiB (Kwon et al. 2023 vLLM sec. 3)")
        << 40.0 << 40.0 << 128.0 << 1.0 << 1.0 << bf16 << 819200.0 << 800.0 * 1024 << 0.0;
    QTest::newRow("KV-10 OPT-13B, 2048 tokens, paper 1.6 GB (Kwon et al. 2023 vLLM sec. 3)")
        << 40.0 << 40.0 << 128.0 << 2048.0 << 1.0 << bf16 << 1677721600.0 << 1.6e9 << 0.05;
    QTest::newRow("Llama 3.1 70B, 131072 tokens, ~42.9 GB (spheron.network KV cache guide)")
        << 80.0 << 8.0 << 128.0 << 131072.0 << 1.0 << bf16 << 42949672960.0 << 42.9e9 << 0.005;
    // ENGINE.md serving: concurrentSequences multiplies; kvPrecision fp8 is 1 B per value.
    QTest::newRow("Llama 2 70B, 4096 tokens x 32 sequences (ENGINE.md serving)")
        << 80.0 << 8.0 << 128.0 << 4096.0 << 32.0 << bf16 << 42949672960.0 << 42949672960.0 << 0.0;
    QTest::newRow("Llama 2 7B, fp8 KV cache, 1 GiB (ENGINE.md serving kvPrecision)")
        << 32.0 << 32.0 << 128.0 << 4096.0 << 1.0 << u"fp8"_s << 1073741824.0 << 1073741824.0
        << 0.0;
}

void TestEngineFormulas::kvCache()
{
    QFETCH(double, layers);
    QFETCH(double, kvHeads);
    QFETCH(double, headDim);
    QFETCH(double, contextTokens);
    QFETCH(double, sequences);
    QFETCH(QString, kvPrecision);
    QFETCH(double, expected);
    QFETCH(double, published);
    QFETCH(double, publishedTol);

    Params sp = params({{"mode", word("llm")},
                        {"modelParams", number(7e9)},
                        {"layers", number(layers)},
                        {"kvHeads", number(kvHeads)},
                        {"headDim", number(headDim)},
                        {"contextTokens", number(contextTokens)},
                        {"concurrentSequences", number(sequences)}});
    sp.insert(u"kvPrecision"_s, ParamValue::fromText(kvPrecision));
    const Project p = gpuProject(u"serving"_s, sp, u"nvidia-h100-sxm"_s);
    const EngineResult r = computeRequirements(p);
    const double kv = r.stages.at(0).value("kvCacheBytes");
    CHECK_CLOSE("kvCacheBytes", kv, expected, 0.0);
    CHECK_CLOSE("kvCacheBytes vs published", kv, published, publishedTol);
}

void TestEngineFormulas::kvCacheSlidingWindowRatio()
{
    // KV-4 (Jiang et al. 2023, "Mistral 7B" §2): at 32k tokens the rolling buffer of 4096
    // "reduces the cache memory usage by 8x" — the engine has no window, so the user enters
    // contextTokens = min(context, window); the two settings differ exactly 8×.
    auto kvAt = [](double tokens) {
        const Params sp = params({{"modelParams", number(7.24e9)},
                                  {"layers", number(32)},
                                  {"kvHeads", number(8)},
                                  {"headDim", number(128)},
                                  {"contextTokens", number(tokens)}});
        return computeRequirements(gpuProject(u"serving"_s, sp, u"nvidia-h100-sxm"_s))
            .stages.at(0)
            .value("kvCacheBytes");
    };
    QCOMPARE(kvAt(32768) / kvAt(4096), 8.0);
}

// ---- 5. MLPerf Storage ---------------------------------------------------------------------

void TestEngineFormulas::mlperfStorage_data()
{
    QTest::addColumn<QString>("workload");
    QTest::addColumn<QString>("gpu");
    QTest::addColumn<double>("gpuCount");
    QTest::addColumn<double>("samplesPerSecondPerGpu");   // AU × batch / compute s
    QTest::addColumn<double>("readBytesPerSecondPerGpu"); // × mean sample bytes

    // published-figures.md §6 (mlcommons/storage configs/dlio/workload/*.yaml), 1e-9.
    // Values to 18 significant digits from exact fractions.
    const QString a100 = u"nvidia-a100-80gb"_s, h100 = u"nvidia-h100-sxm"_s;
    QTest::newRow("MS-1 unet3d A100: 0.9 x 7 / 0.636 s (mlcommons/storage unet3d_a100.yaml)")
        << u"unet3d"_s << a100 << 1.0 << 9.90566037735849057 << 1452176032.07547170;
    QTest::newRow("MS-2 unet3d H100: 0.9 x 7 / 0.323 s (mlcommons/storage unet3d_h100.yaml)")
        << u"unet3d"_s << h100 << 1.0 << 19.5046439628482972 << 2859393053.86996904;
    QTest::newRow("MS-3 resnet50 A100: 0.9 x 400 / 0.435 s (mlcommons/storage resnet50_a100.yaml)")
        << u"resnet50"_s << a100 << 1.0 << 827.586206896551724 << 94891034.4827586207;
    QTest::newRow("MS-4 resnet50 H100: 0.9 x 400 / 0.224 s (mlcommons/storage resnet50_h100.yaml)")
        << u"resnet50"_s << h100 << 1.0 << 1607.14285714285714 << 184275000.0;
    QTest::newRow(
        "MS-5 cosmoflow A100: 0.7 x 1 / 0.00551 s (mlcommons/storage cosmoflow_a100.yaml)")
        << u"cosmoflow"_s << a100 << 1.0 << 127.041742286751361 << 359335789.473684211;
    QTest::newRow(
        "MS-6 cosmoflow H100: 0.7 x 1 / 0.00350 s (mlcommons/storage cosmoflow_h100.yaml)")
        << u"cosmoflow"_s << h100 << 1.0 << 200.0 << 565697200.0;
    // "Inputs below are for gpuCount = 1 (scale linearly)".
    QTest::newRow("MS-1 unet3d on 8 A100 scales linearly (published-figures.md sec. 6; ENGINE.md "
                  "samples mode)")
        << u"unet3d"_s << a100 << 8.0 << 9.90566037735849057 << 1452176032.07547170;
}

void TestEngineFormulas::mlperfStorage()
{
    QFETCH(QString, workload);
    QFETCH(QString, gpu);
    QFETCH(double, gpuCount);
    QFETCH(double, samplesPerSecondPerGpu);
    QFETCH(double, readBytesPerSecondPerGpu);

    Params sp = params({{"mode", word("samples")}, {"gpuCount", number(gpuCount)}});
    sp.insert(u"workload"_s, ParamValue::fromText(workload));
    const Project p = gpuProject(u"training"_s, sp, gpu, hostsFor(gpuCount));
    const EngineResult r = computeRequirements(p);
    const StageResult &s = r.stages.at(0);
    QVERIFY2(!hasCode(r, u"no-profile"_s), describe(r.findings).constData());
    CHECK_CLOSE("samplesPerSecondPerGpu", s.value("samplesPerSecondPerGpu"), samplesPerSecondPerGpu,
                1e-9);
    CHECK_CLOSE("readBytesPerSecondPerGpu", s.value("readBytesPerSecondPerGpu"),
                readBytesPerSecondPerGpu, 1e-9);
    CHECK_CLOSE("readBytesPerSecond", s.value("readBytesPerSecond"),
                gpuCount * readBytesPerSecondPerGpu, 1e-9);
    QCOMPARE(s.value("gpusNeeded"), gpuCount);
}

// ---- 6. storage protection -----------------------------------------------------------------

void TestEngineFormulas::storageProtection_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<double>("raw");
    QTest::addColumn<QString>("protection");
    QTest::addColumn<double>("slack");  // NaN: the kind's default
    QTest::addColumn<double>("usable"); // formula value
    QTest::addColumn<double>("usableTol");
    QTest::addColumn<double>("published");
    QTest::addColumn<double>("publishedTol");

    const QString file = u"file-storage"_s, block = u"block-storage"_s;
    const double blocks = 128 * kMiB; // one HDFS block
    // published-figures.md §7, slack 0. "exact" rows: 1e-12 (a division by a ratio).
    QTest::newRow(
        "SP-1 HDFS 3x replication: 18 blocks raw, 6 usable (Apache Hadoop HDFSErasureCoding.md)")
        << file << 18 * blocks << u"replica3"_s << 0.0 << 6 * blocks << 1e-12 << 6 * blocks
        << 1e-12;
    QTest::newRow("SP-2 HDFS RS-6-3: 9 blocks raw, 6 usable (Apache Hadoop HDFSErasureCoding.md)")
        << file << 9 * blocks << u"ec-6-3"_s << 0.0 << 6 * blocks << 1e-12 << 6 * blocks << 1e-12;
    QTest::newRow(
        "SP-3 HDFS RS-10-4: 1400 TB raw, 1000 TB usable (Apache Hadoop HDFSErasureCoding.md)")
        << file << 1400e12 << u"ec-10-4"_s << 0.0 << 1000e12 << 1e-12 << 1000e12 << 1e-12;
    QTest::newRow(
        "SP-4 HDFS RS-3-2: 500 TB raw, 300 TB usable (Apache Hadoop HDFSErasureCoding.md)")
        << file << 500e12 << u"ec-3-2"_s << 0.0 << 300e12 << 1e-12 << 300e12 << 0.005;
    QTest::newRow(
        "SP-5 vSAN RAID-1 FTT=1: 200 GB raw for 100 GB (ENGINE.md; vSAN 8 Administration Table 1)")
        << block << 200e9 << u"raid1-ftt1"_s << 0.0 << 100e9 << 1e-12 << 100e9 << 1e-12;
    QTest::newRow(
        "SP-6 vSAN RAID-5 3+1: 133 GB raw for 100 GB (ENGINE.md; vSAN 8 Administration Table 1)")
        << block << 133e9 << u"raid5"_s << 0.0 << 99.75e9 << 1e-12 << 100e9 << 0.005;
    QTest::newRow(
        "SP-7 vSAN RAID-1 FTT=2: 300 GB raw for 100 GB (ENGINE.md; vSAN 8 Administration Table 1)")
        << block << 300e9 << u"raid1-ftt2"_s << 0.0 << 100e9 << 1e-12 << 100e9 << 1e-12;
    QTest::newRow(
        "SP-8 vSAN RAID-6 4+2: 150 GB raw for 100 GB (ENGINE.md; vSAN 8 Administration Table 1)")
        << block << 150e9 << u"raid6"_s << 0.0 << 100e9 << 1e-12 << 100e9 << 1e-12;
    QTest::newRow("SP-9 vSAN ESA RAID-5 2+1: 150 GB raw for 100 GB (Epping 2022, "
                  "yellow-bricks.com; Broadcom KB 394410)")
        << block << 150e9 << u"esa-raid5-2p1"_s << 0.0 << 100e9 << 1e-12 << 100e9 << 1e-12;
    QTest::newRow(
        "SP-10 vSAN ESA RAID-5 4+1: 125 GB raw for 100 GB (Epping 2022, yellow-bricks.com)")
        << block << 125e9 << u"esa-raid5-4p1"_s << 0.0 << 100e9 << 1e-12 << 100e9 << 1e-12;
    QTest::newRow("SP-11 vSAN ESA RAID-5 4+1: 12.5 GB raw for 10 GB (Broadcom KB 394410 example 2)")
        << block << 12.5e9 << u"esa-raid5-4p1"_s << 0.0 << 10e9 << 1e-12 << 10e9 << 1e-12;
    QTest::newRow("vSAN RAID-1 FTT=3: 400 GB raw for 100 GB (ENGINE.md protection overheads)")
        << block << 400e9 << u"raid1-ftt3"_s << 0.0 << 100e9 << 1e-12 << 100e9 << 1e-12;
    QTest::newRow("no protection: raw = usable (ENGINE.md protection overheads)")
        << file << 100e9 << u"none"_s << 0.0 << 100e9 << 0.0 << 100e9 << 0.0;
    QTest::newRow("vSAN default slack 0.25: 200 GB RAID-1 FTT=1 gives 75 GB (ENGINE.md components)")
        << block << 200e9 << u"raid1-ftt1"_s << kNaN << 75e9 << 1e-12 << 75e9 << 1e-12;
    QTest::newRow("file storage default slack 0.10: 100 GB gives 90 GB (ENGINE.md components)")
        << file << 100e9 << u"none"_s << kNaN << 90e9 << 1e-12 << 90e9 << 1e-12;
}

void TestEngineFormulas::storageProtection()
{
    QFETCH(QString, kind);
    QFETCH(double, raw);
    QFETCH(QString, protection);
    QFETCH(double, slack);
    QFETCH(double, usable);
    QFETCH(double, usableTol);
    QFETCH(double, published);
    QFETCH(double, publishedTol);

    Project p;
    Component c = storage("store", "file-storage", raw, "none", slack);
    c.kind = kind;
    c.params.insert(u"protection"_s, ParamValue::fromText(protection));
    p.components.push_back(c);
    const EngineResult r = computeRequirements(p);
    QVERIFY2(!hasCode(r, u"unknown-catalog-id"_s), describe(r.findings).constData());
    const ComponentResult &cr = r.components.at(0);
    const double capacity = cr.capacity[int(Resource::CapacityBytes)];
    CHECK_CLOSE("usable capacity vs formula", capacity, usable, usableTol);
    CHECK_CLOSE("usable capacity vs published", capacity, published, publishedTol);
    const double effectiveSlack =
        std::isnan(slack) ? (kind == u"block-storage" ? 0.25 : 0.10) : slack;
    CHECK_CLOSE("physicalCapacityBytes = raw x (1 - slack)", cr.physicalCapacityBytes,
                raw * (1 - effectiveSlack), 1e-15);
}

// ---- 7. TCP goodput ------------------------------------------------------------------------

void TestEngineFormulas::tcpGoodput_data()
{
    QTest::addColumn<double>("linkBits"); // per port, bit/s (the engine takes bytes/s)
    QTest::addColumn<double>("ports");
    QTest::addColumn<double>("mtu"); // NaN: default 1500
    QTest::addColumn<bool>("rdma");
    QTest::addColumn<double>("goodputBits"); // linkSpeed × (mtu − 40) / (mtu + 38) × ports
    QTest::addColumn<double>("published");
    QTest::addColumn<double>("publishedTol");

    // published-figures.md §8.
    QTest::newRow(
        "NW-1 10 Gb/s, MTU 1500, 94.93 % (Dell PowerScale Network Design Considerations Table 10)")
        << 10e9 << 1.0 << 1500.0 << false << 9492847854.356306 << 0.9493 * 10e9 << 0.0005;
    QTest::newRow(
        "NW-2 10 Gb/s, MTU 9000, 99.14 % (Dell PowerScale Network Design Considerations Table 10)")
        << 10e9 << 1.0 << 9000.0 << false << 9913697720.734676 << 0.9914 * 10e9 << 0.0005;
    QTest::newRow("NW-3 100 Mb/s, MTU 1500, 94.93 Mbit/s (blog.a2o.si 2015)")
        << 100e6 << 1.0 << 1500.0 << false << 94928478.54356307 << 94.93e6 << 0.0005;
    QTest::newRow("NW-4 400 Gb/s RDMA: full link speed (ENGINE.md rule)")
        << 400e9 << 1.0 << kNaN << true << 400e9 << 400e9 << 0.0;
    QTest::newRow("10 Gb/s, default MTU is 1500 (ENGINE.md fabric defaults)")
        << 10e9 << 1.0 << kNaN << false << 9492847854.356306 << 0.9493 * 10e9 << 0.0005;
    QTest::newRow("2 x 25 Gb/s, MTU 9000: ports multiply (ENGINE.md TCP goodput)")
        << 25e9 << 2.0 << 9000.0 << false << 49568488603.67338 << 0.9914 * 50e9 << 0.0005;
    QTest::newRow("400 Gb/s without RDMA, MTU 9000 (ENGINE.md TCP goodput)")
        << 400e9 << 1.0 << 9000.0 << false << 396547908829.387 << 0.9914 * 400e9 << 0.0005;
}

void TestEngineFormulas::tcpGoodput()
{
    QFETCH(double, linkBits);
    QFETCH(double, ports);
    QFETCH(double, mtu);
    QFETCH(bool, rdma);
    QFETCH(double, goodputBits);
    QFETCH(double, published);
    QFETCH(double, publishedTol);

    Project p;
    p.components.push_back(fabric("net", linkBits / 8, ports, mtu, rdma));
    const EngineResult r = computeRequirements(p);
    const double bits = r.components.at(0).capacity[int(Resource::NetworkBytesPerSecond)] * 8;
    CHECK_CLOSE("goodput (bit/s) vs formula", bits, goodputBits, 1e-12);
    CHECK_CLOSE("goodput (bit/s) vs published", bits, published, publishedTol);
}

// ---- 8. flows: versions and growth ---------------------------------------------------------

void TestEngineFormulas::flowVersions_data()
{
    QTest::addColumn<double>("size");
    QTest::addColumn<double>("versions");       // NaN: default 1
    QTest::addColumn<double>("changeFraction"); // NaN: default 1.0
    QTest::addColumn<double>("logical");        // size × (1 + (versions − 1) × changeFraction)

    // ENGINE.md "Flows": logicalBytes(0) = sizeBytes × (1 + (versionsRetained − 1) ×
    // changeFraction).
    QTest::newRow("10 TB, defaults: one version (ENGINE.md flows)")
        << 10e12 << kNaN << kNaN << 10e12;
    QTest::newRow("10 TB, 1 version (ENGINE.md flows)") << 10e12 << 1.0 << 0.1 << 10e12;
    QTest::newRow("10 TB, 5 full copies = 50 TB (ENGINE.md flows, changeFraction 1)")
        << 10e12 << 5.0 << 1.0 << 50e12;
    QTest::newRow(
        "10 TB, 5 versions at 10 % change = 14 TB (ENGINE.md flows, lakeFS-style copy-on-write)")
        << 10e12 << 5.0 << 0.1 << 14e12;
    QTest::newRow("10 TB, 30 versions at 5 % change = 24.5 TB (ENGINE.md flows, copy-on-write)")
        << 10e12 << 30.0 << 0.05 << 24.5e12;
    QTest::newRow("2 TB, 12 identical versions = 2 TB (ENGINE.md flows, changeFraction 0)")
        << 2e12 << 12.0 << 0.0 << 2e12;
    QTest::newRow("2 TB, 3 versions, default full copies = 6 TB (ENGINE.md flows)")
        << 2e12 << 3.0 << kNaN << 6e12;
}

void TestEngineFormulas::flowVersions()
{
    QFETCH(double, size);
    QFETCH(double, versions);
    QFETCH(double, changeFraction);
    QFETCH(double, logical);

    Params fp = params({{"sizeBytes", number(size)}});
    setIf(fp, "versionsRetained", versions);
    setIf(fp, "changeFraction", changeFraction);
    const Project p = flowProject(fp, 1e15, "none");
    const EngineResult r = computeRequirements(p);
    const FlowResult &f = r.flows.at(0);
    CHECK_CLOSE("logicalBytes", f.logicalBytes, logical, 1e-15);
    QCOMPARE(f.store, 0);
    // One version moves within the default 24 h window.
    CHECK_CLOSE("bytesPerSecond", f.bytesPerSecond, size / 86400, 1e-15);
    CHECK_CLOSE("capacity demand on the store",
                r.components.at(0).demand[int(Resource::CapacityBytes)], logical, 1e-15);
}

void TestEngineFormulas::storageGrowth_data()
{
    QTest::addColumn<double>("size");
    QTest::addColumn<double>("growth"); // bytes per month, one version
    QTest::addColumn<double>("versions");
    QTest::addColumn<double>("changeFraction");
    QTest::addColumn<double>("raw");
    QTest::addColumn<QString>("protection");
    QTest::addColumn<double>("overhead"); // the protection's raw : usable
    QTest::addColumn<int>("horizon");
    QTest::addColumn<int>("monthsUntilFull"); // -1: does not fill within the horizon
    QTest::addColumn<int>("severity");        // of the storage-capacity finding; -1: none

    // ENGINE.md flows: logical(m) = (size + growth × m) × (1 + (v − 1) × cf); physical =
    // overhead × logical; usable physical = raw × (1 − slack), slack 0 here.
    // Row 1: factor 1 + 2 × 0.5 = 2 → logical 20 TB + 2 TB/month, physical 40 + 4m TB on
    // 100 TB raw: 40 + 4m > 100 first at m = 16. Today 20 TB of 50 TB usable (40 %).
    QTest::newRow("10 TB + 1 TB/month, 3 versions at 50 %, RAID-1 FTT=1 on 100 TB: full in month "
                  "16 (ENGINE.md flows)")
        << 10e12 << 1e12 << 3.0 << 0.5 << 100e12 << u"raid1-ftt1"_s << 2.0 << 24 << 16
        << int(Severity::Warning);
    // Row 2: no growth, 20 TB of 50 TB usable: never full, no finding.
    QTest::newRow("10 TB, no growth, RAID-1 FTT=1 on 100 TB: never full (ENGINE.md flows)")
        << 10e12 << 0.0 << 3.0 << 0.5 << 100e12 << u"raid1-ftt1"_s << 2.0 << 24 << -1 << -1;
    // Row 3: 30 TB logical on 50 TB usable (60 %), +3 TB/month (EC 6+3: physical 45 + 4.5m
    // TB on 100 TB raw, > 100 first at m = 13).
    QTest::newRow("10 TB + 1 TB/month, 3 full copies, RS-6-3 on 100 TB: full in month 13 "
                  "(ENGINE.md; HDFS EC guide)")
        << 10e12 << 1e12 << 3.0 << 1.0 << 100e12 << u"ec-6-3"_s << 1.5 << 24 << 13
        << int(Severity::Warning);
    // Row 4: beyond the horizon: full at month 16 but the horizon is 12 months.
    QTest::newRow("as row 1 with a 12-month horizon: not full within it (ENGINE.md flows)")
        << 10e12 << 1e12 << 3.0 << 0.5 << 100e12 << u"raid1-ftt1"_s << 2.0 << 12 << -1 << -1;
    // Row 5: 60 TB logical on 50 TB usable: full today, an error with monthsUntilFull 0.
    QTest::newRow("60 TB on 50 TB usable: full at month 0, error (ENGINE.md findings)")
        << 60e12 << 0.0 << 1.0 << 1.0 << 100e12 << u"raid1-ftt1"_s << 2.0 << 24 << 0
        << int(Severity::Error);
    // Row 6: 45 TB of 50 TB usable today (90 %): a warning even without growth.
    QTest::newRow("45 TB on 50 TB usable: 90 %, warning (ENGINE.md findings, > 80 %)")
        << 45e12 << 0.0 << 1.0 << 1.0 << 100e12 << u"raid1-ftt1"_s << 2.0 << 24 << -1
        << int(Severity::Warning);
}

void TestEngineFormulas::storageGrowth()
{
    QFETCH(double, size);
    QFETCH(double, growth);
    QFETCH(double, versions);
    QFETCH(double, changeFraction);
    QFETCH(double, raw);
    QFETCH(QString, protection);
    QFETCH(double, overhead);
    QFETCH(int, horizon);
    QFETCH(int, monthsUntilFull);
    QFETCH(int, severity);

    const Params fp = params({{"sizeBytes", number(size)},
                              {"growthBytesPerMonth", number(growth)},
                              {"versionsRetained", number(versions)},
                              {"changeFraction", number(changeFraction)}});
    Project p = flowProject(fp, raw, "none");
    p.components[0].params.insert(u"protection"_s, ParamValue::fromText(protection));
    p.horizonMonths = horizon;
    const EngineResult r = computeRequirements(p);
    const ComponentResult &c = r.components.at(0);

    const double factor = 1 + (versions - 1) * changeFraction;
    CHECK_CLOSE("growthPerMonth", c.growthPerMonth, growth * factor, 1e-15);
    QCOMPARE(int(c.monthlyBytes.size()), horizon + 1);
    for (int m = 0; m <= horizon; ++m) {
        const double expected = overhead * (size + growth * m) * factor;
        CHECK_CLOSE(QByteArray("monthlyBytes[" + QByteArray::number(m) + "]").constData(),
                    c.monthlyBytes[size_t(m)], expected, 1e-12);
    }
    QCOMPARE(c.monthsUntilFull, monthsUntilFull);

    const Finding *found = nullptr;
    for (const Finding &f : r.findings) {
        if (f.code == u"storage-capacity")
            found = &f;
    }
    if (severity < 0) {
        QVERIFY2(!found, describe(r.findings).constData());
        return;
    }
    QVERIFY2(found, describe(r.findings).constData());
    QCOMPARE(int(found->severity), severity);
    QCOMPARE(found->component, u"nas"_s);
    QCOMPARE(found->monthsUntilFull, monthsUntilFull);
}

// ---- 9. serving an LLM ---------------------------------------------------------------------

void TestEngineFormulas::servingLlm_data()
{
    QTest::addColumn<double>("n");
    QTest::addColumn<double>("layers"); // NaN: no attention shape (KV counts as zero)
    QTest::addColumn<double>("kvHeads");
    QTest::addColumn<double>("headDim");
    QTest::addColumn<double>("sequences");
    QTest::addColumn<double>("rps");
    QTest::addColumn<double>("weights");
    QTest::addColumn<double>("kv");
    QTest::addColumn<double>("memory");
    QTest::addColumn<double>("gpusForMemory");
    QTest::addColumn<double>("gpusForCompute");
    QTest::addColumn<double>("decodeTokensPerSecond");
    QTest::addColumn<double>("replicas");
    QTest::addColumn<double>("gpusNeeded");

    // H100 SXM: 80 GiB = 85,899,345,920 B, usable 0.9 → 77,309,411,328 B; 3.35e12 B/s;
    // bf16 peak 989e12, serving mfu 0.30 → 296.7e12 FLOP/s per GPU. Overhead 0.10.
    //
    // Row 1, Llama 2 70B (nominal N = 70e9), bf16, no attention shape, no load:
    //   weights = 70e9 × 2 = 140e9; kv = 0; memory = 140e9 × 1.1 = 154e9
    //   gpusForMemory = ⌈154e9 / 77,309,411,328⌉ = ⌈1.992⌉ = 2; compute 0 → 0 GPUs
    //   decode = 1 × 2 × 3.35e12 / 140e9 = 47.857 tokens/s; replicas = max(1, ⌈0⌉) = 1
    //   gpusNeeded = max(2 × 1, 0) = 2
    QTest::newRow(
        "Llama 2 70B bf16 on H100, weights only: 2 GPUs (Llama 2 MODEL_CARD.md; ENGINE.md serving)")
        << 70e9 << kNaN << kNaN << kNaN << 1.0 << 0.0 << 140e9 << 0.0 << 154e9 << 2.0 << 0.0
        << 47.857142857142854 << 1.0 << 2.0;
    // Row 2, as row 1 with 10 requests/s of 512 + 256 tokens:
    //   compute = 2 × 70e9 × 10 × 768 = 1.0752e15 FLOP/s → ⌈1.0752e15 / 296.7e12⌉ = ⌈3.624⌉ = 4
    //   replicas = ⌈10 × 256 / 47.857⌉ = ⌈53.49⌉ = 54 → gpusNeeded = max(2 × 54, 4) = 108
    QTest::newRow("Llama 2 70B bf16 on H100, 10 req/s, one sequence per replica: 108 GPUs "
                  "(ENGINE.md serving)")
        << 70e9 << kNaN << kNaN << kNaN << 1.0 << 10.0 << 140e9 << 0.0 << 154e9 << 2.0 << 4.0
        << 47.857142857142854 << 54.0 << 108.0;
    // Row 3, with the KV cache of 32 sequences of 4096 tokens (80 layers, 8 KV heads, 128):
    //   kv = 2 × 80 × 8 × 128 × 2 × 4096 × 32 = 42,949,672,960
    //   memory = (140e9 + 42,949,672,960) × 1.1 = 201,244,640,256 → ⌈2.603⌉ = 3 GPUs
    //   decode = 32 × 3 × 3.35e12 / 140e9 = 2297.14 tokens/s; replicas = ⌈2560 / 2297.14⌉ = 2
    //   gpusNeeded = max(3 × 2, 4) = 6
    QTest::newRow("Llama 2 70B bf16 on H100, KV for 32 x 4096 tokens, 10 req/s: 6 GPUs "
                  "(Llama-2-70b-hf config.json; ENGINE.md)")
        << 70e9 << 80.0 << 8.0 << 128.0 << 32.0 << 10.0 << 140e9 << 42949672960.0 << 201244640256.0
        << 3.0 << 4.0 << 2297.1428571428573 << 2.0 << 6.0;
    // Row 4, Llama 2 7B (N = 6,738,415,616), KV-1 shape, one sequence, no load:
    //   weights 13,476,831,232 + kv 2,147,483,648 = 15,624,314,880 × 1.1 = 17,186,746,368
    //   → ⌈0.222⌉ = 1 GPU; decode = 3.35e12 / 13,476,831,232 = 248.575 tokens/s
    QTest::newRow("Llama 2 7B bf16 on H100 with a 4096-token cache: 1 GPU (Llama-2-7b-hf "
                  "config.json; NVIDIA blog)")
        << 6738415616.0 << 32.0 << 32.0 << 128.0 << 1.0 << 0.0 << 13476831232.0 << 2147483648.0
        << 17186746368.0 << 1.0 << 0.0 << 248.57475339199974 << 1.0 << 1.0;
}

void TestEngineFormulas::servingLlm()
{
    QFETCH(double, n);
    QFETCH(double, layers);
    QFETCH(double, kvHeads);
    QFETCH(double, headDim);
    QFETCH(double, sequences);
    QFETCH(double, rps);
    QFETCH(double, weights);
    QFETCH(double, kv);
    QFETCH(double, memory);
    QFETCH(double, gpusForMemory);
    QFETCH(double, gpusForCompute);
    QFETCH(double, decodeTokensPerSecond);
    QFETCH(double, replicas);
    QFETCH(double, gpusNeeded);

    Params sp = params({{"modelParams", number(n)},
                        {"weightPrecision", word("bf16")},
                        {"contextTokens", number(4096)},
                        {"concurrentSequences", number(sequences)},
                        {"requestsPerSecond", number(rps)}});
    setIf(sp, "layers", layers);
    setIf(sp, "kvHeads", kvHeads);
    setIf(sp, "headDim", headDim);
    const Project p = gpuProject(u"serving"_s, sp, u"nvidia-h100-sxm"_s, 16);
    const EngineResult r = computeRequirements(p);
    const StageResult &s = r.stages.at(0);
    CHECK_CLOSE("weightsBytes", s.value("weightsBytes"), weights, 0.0);
    CHECK_CLOSE("kvCacheBytes", s.value("kvCacheBytes"), kv, 0.0);
    CHECK_CLOSE("memoryBytes", s.value("memoryBytes"), memory, 1e-12);
    CHECK_CLOSE("gpusForMemory", s.value("gpusForMemory"), gpusForMemory, 0.0);
    CHECK_CLOSE("gpusForCompute", s.value("gpusForCompute"), gpusForCompute, 0.0);
    CHECK_CLOSE("decodeTokensPerSecondPerReplica", s.value("decodeTokensPerSecondPerReplica"),
                decodeTokensPerSecond, 1e-12);
    CHECK_CLOSE("replicas", s.value("replicas"), replicas, 0.0);
    CHECK_CLOSE("gpusNeeded", s.value("gpusNeeded"), gpusNeeded, 0.0);
    // Without an attention shape the engine says so rather than guess.
    QCOMPARE(hasCode(r, u"missing-parameter"_s), std::isnan(layers));
}

// ---- other stage kinds (ENGINE.md formulas) ------------------------------------------------

void TestEngineFormulas::stageFormulas_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<Params>("stageParams");
    QTest::addColumn<QString>("key");
    QTest::addColumn<double>("expected");
    QTest::addColumn<double>("tolerance");

    const QString ingestion = u"ingestion"_s, processing = u"processing"_s;
    const Params ingest =
        params({{"dailyBytes", number(1e12)}, {"retentionDays", number(30 * kDay)}});
    // storageBytes = 1e12 × 30; write = 1e12 / 86400 × 3 (peakFactor default).
    QTest::newRow("ingestion storageBytes = daily x retention (ENGINE.md ingestion)")
        << ingestion << ingest << u"storageBytes"_s << 30e12 << 1e-15;
    QTest::newRow("ingestion write = daily / 86400 x peak 3 (ENGINE.md ingestion)")
        << ingestion << ingest << u"writeBytesPerSecond"_s << 34722222.222222224 << 1e-12;
    // monitoring: 10 GB/day × 90 days default; peak 1.
    const Params monitor = params({{"dailyBytes", number(10e9)}});
    QTest::newRow("monitoring storageBytes, 90-day default retention (ENGINE.md monitoring)")
        << u"monitoring"_s << monitor << u"storageBytes"_s << 900e9 << 1e-15;
    QTest::newRow("monitoring write, peak factor 1 (ENGINE.md monitoring)")
        << u"monitoring"_s << monitor << u"writeBytesPerSecond"_s << 115740.74074074074 << 1e-12;
    // processing: 10 TB in 24 h → 115,740,740.7 B/s → ⌈2.31⌉ = 3 cores at 50 MB/s → 12 GiB.
    const Params etl = params({{"inputBytes", number(10e12)}, {"outputRatio", number(0.5)}});
    QTest::newRow("processing read = input / window (ENGINE.md processing)")
        << processing << etl << u"readBytesPerSecond"_s << 115740740.74074075 << 1e-12;
    QTest::newRow("processing write = read x outputRatio (ENGINE.md processing)")
        << processing << etl << u"writeBytesPerSecond"_s << 57870370.37037037 << 1e-12;
    QTest::newRow("processing cpuCores = ceil(read / 50 MB/s) = 3 (ENGINE.md processing)")
        << processing << etl << u"cpuCores"_s << 3.0 << 0.0;
    QTest::newRow("processing memory = cores x 4 GiB (ENGINE.md processing)")
        << processing << etl << u"memoryBytes"_s << 3 * 4 * kGiB << 0.0;
    // feature store: 1e6 entities × 100 features × 8 B × 2 = 1.6e9 B.
    QTest::newRow("feature-engineering onlineStoreBytes (ENGINE.md feature-engineering)")
        << u"feature-engineering"_s
        << params({{"entities", number(1e6)}, {"featuresPerEntity", number(100)}})
        << u"onlineStoreBytes"_s << 1.6e9 << 0.0;
    // validation on H100: 2 × 7e9 × 1e9 × 4 runs = 5.6e19 FLOP/day;
    // / (989e12 × 0.30) / 3600 = 52.4286 GPU-hours/day.
    const Params eval = params(
        {{"modelParams", number(7e9)}, {"evalTokens", number(1e9)}, {"runsPerDay", number(4)}});
    QTest::newRow("validation inferenceFlopsPerDay = 2N x tokens x runs (ENGINE.md; Kaplan et al. "
                  "2020 Table 1)")
        << u"validation"_s << eval << u"inferenceFlopsPerDay"_s << 5.6e19 << 1e-15;
    QTest::newRow("validation gpuHoursPerDay at mfu 0.30 (ENGINE.md validation)")
        << u"validation"_s << eval << u"gpuHoursPerDay"_s << 52.42856607871774 << 1e-12;
    // serving model mode: 200 req/s × 0.05 s = 10 in flight (Little's law) / 0.6 → 17.
    const Params classic = params({{"mode", word("model")},
                                   {"requestsPerSecond", number(200)},
                                   {"serviceSeconds", number(0.05)}});
    QTest::newRow("serving model concurrency = rps x service (ENGINE.md; Little's law)")
        << u"serving"_s << classic << u"concurrency"_s << 10.0 << 1e-12;
    QTest::newRow(
        "serving model on a GPU cluster: gpusNeeded = ceil(10 / 0.6) = 17 (ENGINE.md serving)")
        << u"serving"_s << classic << u"gpusNeeded"_s << 17.0 << 0.0;
    // training checkpoints: 14 B/param × 70e9 = 980e9 B, written within 120 s.
    const Params ckpt = params({{"modelParams", number(70e9)}, {"trainingTokens", number(2e12)}});
    QTest::newRow("training checkpointBytes = 14 N (ENGINE.md training)")
        << u"training"_s << ckpt << u"checkpointBytes"_s << 980e9 << 0.0;
    QTest::newRow("training checkpoint write = 980e9 / 120 s (ENGINE.md training)")
        << u"training"_s << ckpt << u"checkpointWriteBytesPerSecond"_s << 8166666666.666667
        << 1e-12;
}

void TestEngineFormulas::stageFormulas()
{
    QFETCH(QString, kind);
    QFETCH(Params, stageParams);
    QFETCH(QString, key);
    QFETCH(double, expected);
    QFETCH(double, tolerance);

    const Project p = gpuProject(kind, stageParams, u"nvidia-h100-sxm"_s);
    const EngineResult r = computeRequirements(p);
    CHECK_CLOSE(key.toLatin1().constData(), r.stages.at(0).value(key.toLatin1().constData()),
                expected, tolerance);
}

QTEST_GUILESS_MAIN(TestEngineFormulas)
#include "tst_engine_formulas.moc"
