package io.cellwright.validation.rules;

import java.util.List;

import io.cellwright.validation.Rule;
import io.cellwright.validation.RuleProvider;

/** Cellwright's own rules, contributed like anyone else's. */
public class BuiltInRules implements RuleProvider {

    @Override
    public List<Rule> rules() {
        return List.of(new SystemVoltageRule(), new MaxBatteriesRule(), new BmsCableChainRule(), new SeriesLimitRule(), new EndOfLifeRule(),
                new BmsRecommendationRule(), new AlternatorProtectionRule(), new SettingRangeRule(), new ChargeLimitRule(), new GxCommunicationRule(),
                new AlternatorPortRule(), new AlternatorFuseRule(), new AlternatorRatingRule(),
                new UncontrolledDeviceRule(), new InterfaceCableRule(), new RemoteSwitchLoopRule(),
                new OutputCurrentRule(), new InductiveLoadRule(), SystemPortRule.continuous(), SystemPortRule.peak(), new GndFuseRule(),
                new CableRule(), new VoltageDropRule(), new BatteryCurrentRule(), new PreAlarmUsageRule(), new StandbyDrainRule(), new MixedBankRule(),
                new DvccRule(), new LynxDistributorRule(), new RemoteTerminalRule());
    }
}
